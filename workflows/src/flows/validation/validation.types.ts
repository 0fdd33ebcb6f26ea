// Zod-free types shared by the validator, the engine that builds its context and the designer.
import type { Capabilities } from '@parley/connector-sdk/schemas';
import type { FlowGraph } from '../schema/flow-graph.schema.js';

/** The rules a flow can break, as stable codes the designer pins on nodes and fields. */
export const flowRules = [
  /** The graph does not have the shape of the schema (a missing field, a wrong type). */
  'schema',
  /** Two nodes, edges, buttons, rows or branches share an id. */
  'duplicate_id',
  /** Not exactly one trigger. */
  'trigger_count',
  /** An edge from a port the node does not have, or to a node that does not exist, or a second edge from a port. */
  'edge_invalid',
  /** An output is neither connected nor marked terminal. */
  'port_unconnected',
  /** No path from the trigger reaches the node. */
  'unreachable',
  /** A loop the customer never has to answer (or wait) in: it would spin. */
  'cycle_without_wait',
  /** Over a limit of a channel the flow is active on (buttons, title lengths, list rows, text). */
  'channel_limit',
  'template_missing',
  /** The template exists but is not approved, or is disabled, or paused. */
  'template_not_usable',
  /** The template's parameters do not match its placeholders. */
  'template_parameters',
  'team_missing',
  'agent_missing',
  'flow_missing',
  /** A placeholder names a variable not set on every path to the node. */
  'variable_undefined',
  /** A placeholder Parley does not know (`{{contact.age}}`). */
  'placeholder_unknown',
  'secret_missing',
  /** A secret outside a request's headers or body. */
  'secret_misplaced',
  'host_not_allowed',
  /** A regular expression that does not compile. */
  'regex_invalid',
] as const;
export type FlowRule = (typeof flowRules)[number];

/** One problem: the node (null for the graph as a whole), the field path inside it, the rule and a message. */
export interface FlowProblem {
  nodeId: string | null;
  /** Inside the node (`['buttons', 1, 'title']`), or inside the graph when `nodeId` is null. */
  path: (string | number)[];
  rule: FlowRule;
  message: string;
}

/** What the validator checks references and limits against: the organisation as it is now. */
export interface FlowValidationContext {
  /** The channels the flow runs on (its activations; all the organisation's when it has none yet). */
  channels: { channelAccountId: string; channelName: string; capabilities: Capabilities }[];
  templates: {
    name: string;
    language: string;
    /** Approved and enabled, so WhatsApp delivers it. */
    usable: boolean;
    /** Why it is not usable ("rejected", "disabled"…), for the message. */
    status: string;
    bodyParameters: number;
    headerParameters: number;
  }[];
  teams: { id: string; name: string }[];
  agents: { id: string; name: string }[];
  /** Other flows a `go_to_flow` may name; `published`: it has a version to go on in. */
  flows: { id: string; name: string; published: boolean }[];
  secrets: string[];
  /** Hosts (`api.example.com`, or `*.example.com`) HTTP requests may go to. */
  allowedHosts: string[];
}

export type FlowValidationResult =
  | { ok: true; graph: FlowGraph; problems: [] }
  | { ok: false; graph: FlowGraph | null; problems: FlowProblem[] };

/** One rule's check of a graph that passed the schema: pure, and empty when the graph keeps the rule. */
export type FlowRuleCheck = (graph: FlowGraph, context: FlowValidationContext) => FlowProblem[];
