// Nodes that decide, remember, hand over, call out or end; and the trigger.
import fc from 'fast-check';
import { maxWaitMinutes } from '../../limits.js';
import type { ConditionRule } from '../../schema/nodes/condition.node.js';
import { comparisonOperators, contactFields } from '../../schema/nodes/condition.node.js';
import { httpMethods, maxHttpTimeoutMs } from '../../schema/nodes/http-request.node.js';
import type { TriggerNode } from '../../schema/nodes/trigger.node.js';
import { builtInVariables } from '../../variables.js';
import { baseArbitrary, optional, type NodeBuilder } from './node-builder.js';
import {
  agentIds,
  allowedOrigins,
  publishedFlowIds,
  secretNames,
  teamIds,
  variableNames,
} from './organisation.js';
import { pick, plainText, textPlan, urlPathPlan, type TextPlan } from './texts.arbitrary.js';

/** Patterns that compile with the `u` flag, as the interpreter compiles them. */
export const validPatterns = ['^hi\\b', 'order\\s*#?\\d+', '(?:help|support)', '^\\p{L}+$', '[0-9]{4}'];

/** The trigger, always with the id `start`. */
export const triggerArbitrary: fc.Arbitrary<TriggerNode> = fc
  .record({
    base: baseArbitrary,
    match: fc.oneof(
      fc.constant({ kind: 'new_conversation' as const }),
      fc.record({
        kind: fc.constant('keyword' as const),
        keywords: fc.array(plainText(30), { minLength: 1, maxLength: 3 }),
        mode: fc.constantFrom('contains' as const, 'exact' as const),
      }),
      fc.record({
        kind: fc.constant('regex' as const),
        pattern: fc.constantFrom(...validPatterns),
        caseInsensitive: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('quick_reply_payload' as const),
        payloads: fc.array(plainText(30), { minLength: 1, maxLength: 3 }),
      }),
      fc.constant({ kind: 'any_message' as const }),
    ),
    priority: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ base, match, priority }) => ({ id: 'start', ...base, type: 'trigger', match, priority }));

type RulePlan = (scope: readonly string[]) => ConditionRule;

const compareRule: fc.Arbitrary<RulePlan> = fc
  .record({
    subject: fc.oneof(
      fc.constant({ kind: 'reply' as const }),
      fc.constantFrom(...contactFields).map((field) => ({ kind: 'contact' as const, field })),
      fc.nat().map((choice) => ({ kind: 'variable' as const, choice })),
    ),
    operator: fc.constantFrom(...comparisonOperators),
    value: textPlan(3),
    pattern: fc.constantFrom(...validPatterns),
  })
  .map(({ subject, operator, value, pattern }) => (scope) => ({
    kind: 'compare',
    subject:
      subject.kind === 'variable'
        ? { kind: 'variable', name: pick([...scope, ...builtInVariables], subject.choice) }
        : subject,
    operator,
    value: operator === 'matches_regex' ? pattern : value(scope),
  }));

const rule: fc.Arbitrary<RulePlan> = fc.oneof(
  compareRule,
  fc
    .record({ tag: plainText(25), present: fc.boolean() })
    .map((tag) => () => ({ kind: 'tag' as const, ...tag })),
  fc.boolean().map((open) => () => ({ kind: 'business_hours' as const, open })),
);

const condition: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    branches: fc.array(
      fc.record({
        label: optional(plainText(20)),
        match: fc.constantFrom('all' as const, 'any' as const),
        rules: fc.array(rule, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ base, branches }) => (id, scope) => ({
    id,
    ...base,
    type: 'condition',
    branches: branches.map((branch, i) => ({
      id: `c${i + 1}`,
      ...(branch.label ? { label: branch.label } : {}),
      match: branch.match,
      rules: branch.rules.map((plan) => plan(scope)),
    })),
  }));

const setVariable: fc.Arbitrary<NodeBuilder> = fc
  .record({ base: baseArbitrary, name: fc.constantFrom(...variableNames), value: textPlan(3) })
  .map(({ base, name, value }) => (id, scope) => ({
    id,
    ...base,
    type: 'set_variable',
    name,
    value: value(scope),
  }));

const tagContact: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    action: fc.constantFrom('add' as const, 'remove' as const),
    tag: plainText(25),
  })
  .map(({ base, action, tag }) => (id) => ({ id, ...base, type: 'tag_contact', action, tag }));

const assign: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    target: fc.oneof(
      fc.constantFrom(...teamIds).map((teamId) => ({ kind: 'team' as const, teamId })),
      fc.constantFrom(...agentIds).map((userId) => ({ kind: 'agent' as const, userId })),
    ),
  })
  .map(({ base, target }) => (id) => ({ id, ...base, type: 'assign', target }));

const delay: fc.Arbitrary<NodeBuilder> = fc
  .record({ base: baseArbitrary, minutes: fc.integer({ min: 1, max: maxWaitMinutes }) })
  .map(({ base, minutes }) => (id) => ({ id, ...base, type: 'delay', minutes }));

/** A header value or body: text and variables, sometimes with a secret. */
const requestText: fc.Arbitrary<TextPlan> = fc
  .record({ text: textPlan(3), secret: optional(fc.constantFrom(...secretNames)) })
  .map(
    ({ text, secret }) =>
      (scope) =>
        secret ? `${text(scope)} {{secret.${secret}}}` : text(scope),
  );

const httpRequest: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    method: fc.constantFrom(...httpMethods),
    origin: fc.constantFrom(...allowedOrigins),
    path: urlPathPlan(),
    headers: fc.array(
      fc.record({ name: fc.constantFrom('Authorization', 'X-Request-Id', 'Accept'), value: requestText }),
      { maxLength: 2 },
    ),
    body: optional(requestText),
    timeoutMs: fc.integer({ min: 100, max: maxHttpTimeoutMs }),
    responseMap: fc.array(
      fc.record({
        path: fc.constantFrom('status', 'order.status', 'data.items.0'),
        variable: fc.constantFrom(...variableNames),
      }),
      { maxLength: 2 },
    ),
  })
  .map((plan) => (id, scope) => ({
    id,
    ...plan.base,
    type: 'http_request',
    method: plan.method,
    url: `${plan.origin}/${plan.path(scope)}`,
    headers: plan.headers.map((header) => ({ name: header.name, value: header.value(scope) })),
    ...(plan.body ? { body: plan.body(scope) } : {}),
    timeoutMs: plan.timeoutMs,
    responseMap: plan.responseMap,
  }));

const goToFlow: fc.Arbitrary<NodeBuilder> = fc
  .record({ base: baseArbitrary, flowId: fc.constantFrom(...publishedFlowIds) })
  .map(({ base, flowId }) => (id) => ({ id, ...base, type: 'go_to_flow', flowId }));

const end: fc.Arbitrary<NodeBuilder> = fc
  .record({ base: baseArbitrary, close: fc.boolean() })
  .map(({ base, close }) => (id) => ({ id, ...base, type: 'end', close }));

/** Every node type besides the messages and the trigger. */
export const logicNodeBuilders = [
  condition,
  setVariable,
  tagContact,
  assign,
  delay,
  httpRequest,
  goToFlow,
  end,
];
