import type { FlowGraph, FlowNode, FlowNodeType, FlowValidationContext } from '@parley/workflows/flows';
import { freshId } from './fresh-ids';

/**
 * The texts a new node starts with, already translated by the caller (each one non-empty).
 * `ctaUrl` is an https link the admin will replace (the designer passes its own origin);
 * `httpUrl` is the request's link when the organisation allows no host yet.
 */
export interface NodeWords {
  messageText: string;
  buttonsBody: string;
  buttonTitle: (n: number) => string;
  /** What a reply that matches no button or row gets before it is asked again. */
  reaskText: string;
  listBody: string;
  listButton: string;
  rowTitle: (n: number) => string;
  ctaBody: string;
  ctaDisplay: string;
  ctaUrl: string;
  promptText: string;
  retryText: string;
  tag: string;
  httpUrl: string;
}

/** Where a node is created: the flow being edited, which a `go_to_flow` may not name. */
export interface NodeOptions {
  currentFlowId?: string;
}

export type PaletteGroup = 'start' | 'messages' | 'logic' | 'endings';

/** The palette's sections, in the order it shows them. */
export const paletteGroups: readonly { group: PaletteGroup; types: readonly FlowNodeType[] }[] = [
  { group: 'start', types: ['trigger'] },
  { group: 'messages', types: ['send_message', 'reply_buttons', 'list', 'cta_url', 'send_template'] },
  {
    group: 'logic',
    types: [
      'wait_for_reply',
      'collect_input',
      'condition',
      'delay',
      'set_variable',
      'tag_contact',
      'http_request',
    ],
  },
  { group: 'endings', types: ['assign', 'go_to_flow', 'end'] },
];

/** Every node type, in the palette's order. */
export const paletteTypes: FlowNodeType[] = paletteGroups.flatMap((entry) => entry.types);

/** A node id the graph does not use yet, read from `base`: `message`, `message_2`… */
export function freshNodeId(graph: FlowGraph, base: string): string {
  return freshId(base, new Set(graph.nodes.map((node) => node.id)));
}

/** The readable start of a new node's id, by type. */
const idBases: Record<FlowNodeType, string> = {
  trigger: 'start',
  send_message: 'message',
  reply_buttons: 'buttons',
  list: 'list',
  cta_url: 'link',
  send_template: 'template',
  wait_for_reply: 'wait',
  collect_input: 'question',
  condition: 'condition',
  delay: 'delay',
  set_variable: 'set_variable',
  tag_contact: 'tag',
  http_request: 'request',
  assign: 'assign',
  go_to_flow: 'go_to_flow',
  end: 'end',
};

/**
 * A new node of the type at `at`, with a fresh id and defaults that pass the schema. Null when the
 * organisation lacks what the node must name: a usable template, a team (or agent) to assign to,
 * or a published flow other than this one.
 */
export function createNode(
  type: FlowNodeType,
  at: { x: number; y: number },
  graph: FlowGraph,
  words: NodeWords,
  context?: FlowValidationContext,
  options: NodeOptions = {},
): FlowNode | null {
  const base = { id: freshNodeId(graph, idBases[type]), position: { x: at.x, y: at.y } };
  const noMatch = { reaskText: words.reaskText, maxReasks: 1 };
  switch (type) {
    case 'trigger':
      return { ...base, type, match: { kind: 'new_conversation' }, priority: 0 };
    case 'send_message':
      return { ...base, type, content: { kind: 'text', text: words.messageText } };
    case 'reply_buttons':
      return {
        ...base,
        type,
        body: words.buttonsBody,
        buttons: [1, 2].map((n) => ({ id: `b${n}`, title: words.buttonTitle(n) })),
        noMatch,
      };
    case 'list':
      return {
        ...base,
        type,
        body: words.listBody,
        buttonLabel: words.listButton,
        rows: [{ id: 'r1', title: words.rowTitle(1) }],
        noMatch,
      };
    case 'cta_url':
      return { ...base, type, body: words.ctaBody, displayText: words.ctaDisplay, url: words.ctaUrl };
    case 'send_template': {
      const template = context?.templates.find((candidate) => candidate.usable);
      if (!template) return null;
      return {
        ...base,
        type,
        templateName: template.name,
        language: template.language,
        bodyParameters: Array.from({ length: template.bodyParameters }, () => ''),
        headerParameters: Array.from({ length: Math.min(template.headerParameters, 1) }, () => ''),
      };
    }
    case 'wait_for_reply':
      return { ...base, type, timeoutMinutes: 60 };
    case 'collect_input':
      return {
        ...base,
        type,
        prompt: words.promptText,
        inputType: 'text',
        saveAs: freshVariable(graph, 'answer'),
        retryText: words.retryText,
        maxAttempts: 3,
      };
    case 'condition':
      return {
        ...base,
        type,
        branches: [{ id: 'c1', match: 'all', rules: [{ kind: 'business_hours', open: true }] }],
      };
    case 'delay':
      return { ...base, type, minutes: 5 };
    case 'set_variable':
      return { ...base, type, name: freshVariable(graph, 'value'), value: '' };
    case 'tag_contact':
      return { ...base, type, action: 'add', tag: words.tag };
    case 'http_request':
      return {
        ...base,
        type,
        method: 'GET',
        url: allowedUrl(context?.allowedHosts ?? []) ?? words.httpUrl,
        headers: [],
        timeoutMs: 5_000,
        responseMap: [],
      };
    case 'assign': {
      const team = context?.teams[0];
      const agent = context?.agents[0];
      if (team) return { ...base, type, target: { kind: 'team', teamId: team.id } };
      return agent ? { ...base, type, target: { kind: 'agent', userId: agent.id } } : null;
    }
    case 'go_to_flow': {
      const flow = context?.flows.find(
        (candidate) => candidate.published && candidate.id !== options.currentFlowId,
      );
      return flow ? { ...base, type, flowId: flow.id } : null;
    }
    case 'end':
      return { ...base, type, close: false };
  }
}

/**
 * A link to the first allowed host: an exact host when there is one, else a wildcard's base domain
 * (`*.shop.example` → `shop.example`, which the admin completes with a subdomain).
 */
function allowedUrl(hosts: readonly string[]): string | null {
  const entries = hosts.map((host) => host.trim()).filter((host) => host.length > 0);
  const host = entries.find((entry) => !entry.startsWith('*.')) ?? entries[0]?.slice('*.'.length);
  return host ? `https://${host}/` : null;
}

/** A variable name no node of the graph sets yet: `answer`, `answer_2`… */
function freshVariable(graph: FlowGraph, base: string): string {
  const names = graph.nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'set_variable':
        return [node.name];
      case 'collect_input':
        return [node.saveAs];
      case 'wait_for_reply':
        return node.saveAs ? [node.saveAs] : [];
      case 'http_request':
        return node.responseMap.map((entry) => entry.variable);
      default:
        return [];
    }
  });
  return freshId(base, new Set(names));
}
