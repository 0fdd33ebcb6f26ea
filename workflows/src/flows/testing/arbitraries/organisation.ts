// What generated nodes may name: taken from `greetingContext()`, the organisation they validate against.
import { greetingContext } from '../greeting-flow.js';

const context = greetingContext();

/** Variables generated nodes set and read. */
export const variableNames = ['name', 'order_id', 'email', 'answer', 'status', 'count'] as const;

export const usableTemplates = context.templates.filter((template) => template.usable);
export const teamIds = context.teams.map((team) => team.id);
export const agentIds = context.agents.map((agent) => agent.id);
export const publishedFlowIds = context.flows.filter((flow) => flow.published).map((flow) => flow.id);
export const secretNames = context.secrets;
/** A host each allowed entry admits: the host itself, or a subdomain for `*.` entries. */
export const allowedOrigins = context.allowedHosts.map(
  (host) => `https://${host.startsWith('*.') ? `eu${host.slice(1)}` : host}`,
);
