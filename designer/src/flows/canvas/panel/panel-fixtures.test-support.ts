import type { FlowGraph, FlowNodeOf, FlowNodeType } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';

const at = { x: 0, y: 0 };

/** One node of every type, each with its optional parts filled in, for the panel's tests. */
export function sampleNodes(): { [T in FlowNodeType]: FlowNodeOf<T> } {
  return {
    trigger: {
      id: 'start',
      type: 'trigger',
      position: at,
      match: { kind: 'keyword', keywords: ['hi', 'hello'], mode: 'contains' },
      priority: 5,
    },
    send_message: {
      id: 'msg',
      type: 'send_message',
      position: at,
      content: { kind: 'media', media: 'image', fileId: 'file-1', caption: 'Our menu' },
    },
    reply_buttons: {
      id: 'menu',
      type: 'reply_buttons',
      position: at,
      label: 'Main menu',
      body: 'How can we help?',
      header: 'Welcome',
      buttons: [
        { id: 'order', title: 'My order' },
        { id: 'talk', title: 'Talk to us' },
      ],
      timeoutMinutes: 120,
      noMatch: { reaskText: 'Please tap a button.', maxReasks: 1 },
    },
    list: {
      id: 'pick',
      type: 'list',
      position: at,
      body: 'Choose a topic',
      buttonLabel: 'Topics',
      sectionTitle: 'Help',
      rows: [{ id: 'r1', title: 'Delivery', description: 'Where is my parcel' }],
      noMatch: { reaskText: 'Please choose a row.', maxReasks: 0 },
    },
    cta_url: {
      id: 'cta',
      type: 'cta_url',
      position: at,
      body: 'See our shop',
      footer: 'Thanks',
      displayText: 'Open',
      url: 'https://shop.example/{{order_id}}',
    },
    send_template: {
      id: 'tpl',
      type: 'send_template',
      position: at,
      templateName: 'order_update',
      language: 'en',
      bodyParameters: ['{{order_id}}'],
      headerParameters: [],
    },
    wait_for_reply: {
      id: 'wait',
      type: 'wait_for_reply',
      position: at,
      timeoutMinutes: 2880,
      saveAs: 'answer',
    },
    condition: {
      id: 'cond',
      type: 'condition',
      position: at,
      branches: [
        {
          id: 'c1',
          label: 'VIP',
          match: 'all',
          rules: [
            {
              kind: 'compare',
              subject: { kind: 'variable', name: 'answer' },
              operator: 'equals',
              value: 'yes',
            },
            { kind: 'tag', tag: 'vip', present: true },
            { kind: 'business_hours', open: false },
          ],
        },
      ],
    },
    collect_input: {
      id: 'ask',
      type: 'collect_input',
      position: at,
      prompt: 'Which size?',
      inputType: 'choice',
      choices: ['S', 'M', 'L'],
      saveAs: 'size',
      retryText: 'Please answer S, M or L.',
      maxAttempts: 3,
      timeoutMinutes: 30,
    },
    set_variable: {
      id: 'set',
      type: 'set_variable',
      position: at,
      name: 'order_id',
      value: '{{last_reply}}',
    },
    tag_contact: { id: 'tag', type: 'tag_contact', position: at, action: 'add', tag: 'vip' },
    assign: { id: 'talk', type: 'assign', position: at, target: { kind: 'team', teamId: 'team-support' } },
    delay: { id: 'pause', type: 'delay', position: at, minutes: 90 },
    http_request: {
      id: 'call',
      type: 'http_request',
      position: at,
      method: 'POST',
      url: 'https://api.example.com/orders',
      headers: [{ name: 'Authorization', value: 'Bearer {{secret.API_TOKEN}}' }],
      body: '{"id":"{{order_id}}"}',
      timeoutMs: 5_000,
      responseMap: [{ path: 'order.status', variable: 'status' }],
    },
    go_to_flow: { id: 'jump', type: 'go_to_flow', position: at, flowId: 'flow-returns' },
    end: { id: 'done', type: 'end', position: at, close: true },
  };
}

/** The greeting flow with every sample node in it (unconnected), so variables and edges are there to find. */
export function sampleGraph(): FlowGraph {
  const graph = greetingFlow();
  const extra = Object.values(sampleNodes()).filter((node) => !graph.nodes.some((n) => n.id === node.id));
  return { ...graph, nodes: [...graph.nodes, ...extra] };
}
