// The greeting flow of the flows issue, and an organisation it validates against: the baseline
// fixture validator, interpreter and designer tests start from (and mutate one thing of).
import { whatsappManifest } from '@parley/connector-whatsapp/manifest';
import type { FlowGraph } from '../schema/flow-graph.schema.js';
import type { FlowValidationContext } from '../validation/validation.types.js';

/**
 * A new conversation gets "How can we help?" with three buttons, waiting 10 minutes:
 * - `order` → "Your order…" → end;
 * - `talk` → assigned to the Support team (the flow ends there);
 * - `hours` → "We are open 9–18" → end;
 * - `timeout` → a reminder → end;
 * - `no_match` (a reply that is no button, after one re-ask) is marked as ending the flow.
 *
 * Returns a fresh object each call, in the schema's output form (defaults filled in), so tests may
 * mutate it.
 */
export function greetingFlow(): FlowGraph {
  return {
    schemaVersion: 1,
    nodes: [
      {
        id: 'start',
        type: 'trigger',
        position: { x: 0, y: 0 },
        match: { kind: 'new_conversation' },
        priority: 0,
      },
      {
        id: 'menu',
        type: 'reply_buttons',
        label: 'Main menu',
        position: { x: 0, y: 150 },
        body: 'How can we help?',
        buttons: [
          { id: 'order', title: 'My order' },
          { id: 'talk', title: 'Talk to us' },
          { id: 'hours', title: 'Opening hours' },
        ],
        timeoutMinutes: 10,
        noMatch: { reaskText: 'Please tap one of the buttons.', maxReasks: 1 },
        terminalPorts: ['no_match'],
      },
      {
        id: 'order_reply',
        type: 'send_message',
        position: { x: -300, y: 300 },
        content: { kind: 'text', text: 'Your order is on its way: you will get a message when it arrives.' },
      },
      {
        id: 'talk',
        type: 'assign',
        label: 'To support',
        position: { x: -100, y: 300 },
        target: { kind: 'team', teamId: 'team-support' },
      },
      {
        id: 'hours_reply',
        type: 'send_message',
        position: { x: 100, y: 300 },
        content: { kind: 'text', text: 'We are open 9–18' },
      },
      {
        id: 'reminder',
        type: 'send_message',
        position: { x: 300, y: 300 },
        content: { kind: 'text', text: 'Still there? Write to us any time and we will help.' },
      },
      { id: 'done', type: 'end', position: { x: 0, y: 450 }, close: false },
    ],
    edges: [
      { id: 'e-start', source: 'start', sourcePort: 'next', target: 'menu' },
      { id: 'e-order', source: 'menu', sourcePort: 'order', target: 'order_reply' },
      { id: 'e-talk', source: 'menu', sourcePort: 'talk', target: 'talk' },
      { id: 'e-hours', source: 'menu', sourcePort: 'hours', target: 'hours_reply' },
      { id: 'e-timeout', source: 'menu', sourcePort: 'timeout', target: 'reminder' },
      { id: 'e-order-done', source: 'order_reply', sourcePort: 'next', target: 'done' },
      { id: 'e-hours-done', source: 'hours_reply', sourcePort: 'next', target: 'done' },
      { id: 'e-reminder-done', source: 'reminder', sourcePort: 'next', target: 'done' },
    ],
    settings: { debounceMs: 1_500, stepBudget: 200 },
  };
}

/** The WhatsApp channel account the greeting flow runs on. */
export const greetingChannel: FlowValidationContext['channels'][number] = {
  channelAccountId: 'channel-whatsapp',
  channelName: 'WhatsApp',
  capabilities: whatsappManifest.capabilities,
};

/**
 * An organisation with one WhatsApp channel (the real manifest's limits) and one of each thing a
 * node may name, usable and not: templates `order_update` (en, one body parameter; also pt_BR) and
 * `spring_sale` (rejected), the Support and Sales teams, agent Ana, the published flow `flow-returns`
 * and the unpublished `flow-draft`, the secret `API_TOKEN`, and requests allowed to
 * `api.example.com` and any subdomain of `shop.example`.
 */
export function greetingContext(): FlowValidationContext {
  return {
    channels: [greetingChannel],
    templates: [
      {
        name: 'order_update',
        language: 'en',
        usable: true,
        status: 'approved',
        bodyParameters: 1,
        headerParameters: 0,
      },
      {
        name: 'order_update',
        language: 'pt_BR',
        usable: true,
        status: 'approved',
        bodyParameters: 1,
        headerParameters: 0,
      },
      {
        name: 'welcome_back',
        language: 'en',
        usable: true,
        status: 'approved',
        bodyParameters: 0,
        headerParameters: 1,
      },
      {
        name: 'spring_sale',
        language: 'en',
        usable: false,
        status: 'rejected',
        bodyParameters: 0,
        headerParameters: 0,
      },
    ],
    teams: [
      { id: 'team-support', name: 'Support' },
      { id: 'team-sales', name: 'Sales' },
    ],
    agents: [{ id: 'agent-ana', name: 'Ana' }],
    flows: [
      { id: 'flow-returns', name: 'Returns', published: true },
      { id: 'flow-draft', name: 'Draft ideas', published: false },
    ],
    secrets: ['API_TOKEN'],
    allowedHosts: ['api.example.com', '*.shop.example'],
  };
}
