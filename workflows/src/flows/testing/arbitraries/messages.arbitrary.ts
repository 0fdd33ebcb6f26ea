// Nodes that send something to the customer (and the wait for a reply).
import fc from 'fast-check';
import { maxWaitMinutes } from '../../limits.js';
import { inputTypes } from '../../schema/nodes/collect-input.node.js';
import { flowMediaKinds } from '../../schema/nodes/send-message.node.js';
import type { NodeBuilder } from './node-builder.js';
import { baseArbitrary, optional } from './node-builder.js';
import { usableTemplates, variableNames } from './organisation.js';
import { plainText, textPlan, urlPathPlan, type TextPlan } from './texts.arbitrary.js';

const minutes = fc.integer({ min: 1, max: maxWaitMinutes });
const noMatch = fc.record({ reask: textPlan(3), maxReasks: fc.integer({ min: 0, max: 5 }) });

/** Body, header and footer, within WhatsApp's limits (header and footer kept under 60 characters). */
const frame = fc.record({
  body: textPlan(5),
  header: optional(textPlan(2, 12)),
  footer: optional(textPlan(2, 12)),
});

function writeFrame(
  plan: { body: TextPlan; header?: TextPlan; footer?: TextPlan },
  scope: readonly string[],
) {
  return {
    body: plan.body(scope),
    ...(plan.header ? { header: plan.header(scope) } : {}),
    ...(plan.footer ? { footer: plan.footer(scope) } : {}),
  };
}

const sendMessage: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    content: fc.oneof(
      fc.record({ kind: fc.constant('text' as const), text: textPlan(6) }),
      fc.record({
        kind: fc.constant('media' as const),
        media: fc.constantFrom(...flowMediaKinds),
        byLink: fc.boolean(),
        caption: optional(textPlan(4)),
      }),
    ),
  })
  .map(({ base, content }) => (id, scope) => ({
    id,
    ...base,
    type: 'send_message',
    content:
      content.kind === 'text'
        ? { kind: 'text', text: content.text(scope) }
        : {
            kind: 'media',
            media: content.media,
            ...(content.byLink
              ? { link: `https://cdn.example.com/${content.media}` }
              : { fileId: `file-${content.media}` }),
            // WhatsApp sends audio without a caption.
            ...(content.caption && content.media !== 'audio' ? { caption: content.caption(scope) } : {}),
          },
  }));

const replyButtons: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    frame,
    titles: fc.array(plainText(20), { minLength: 1, maxLength: 3 }),
    timeoutMinutes: optional(minutes),
    noMatch,
  })
  .map((plan) => (id, scope) => ({
    id,
    ...plan.base,
    type: 'reply_buttons',
    ...writeFrame(plan.frame, scope),
    buttons: plan.titles.map((title, i) => ({ id: `o${i + 1}`, title })),
    ...(plan.timeoutMinutes ? { timeoutMinutes: plan.timeoutMinutes } : {}),
    noMatch: { reaskText: plan.noMatch.reask(scope), maxReasks: plan.noMatch.maxReasks },
  }));

const list: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    frame,
    buttonLabel: plainText(20),
    sectionTitle: optional(plainText(20)),
    rows: fc.array(fc.record({ title: plainText(20), description: optional(textPlan(2)) }), {
      minLength: 1,
      maxLength: 10,
    }),
    timeoutMinutes: optional(minutes),
    noMatch,
  })
  .map((plan) => (id, scope) => ({
    id,
    ...plan.base,
    type: 'list',
    ...writeFrame(plan.frame, scope),
    buttonLabel: plan.buttonLabel,
    ...(plan.sectionTitle ? { sectionTitle: plan.sectionTitle } : {}),
    rows: plan.rows.map((row, i) => ({
      id: `o${i + 1}`,
      title: row.title,
      ...(row.description ? { description: row.description(scope) } : {}),
    })),
    ...(plan.timeoutMinutes ? { timeoutMinutes: plan.timeoutMinutes } : {}),
    noMatch: { reaskText: plan.noMatch.reask(scope), maxReasks: plan.noMatch.maxReasks },
  }));

const ctaUrl: fc.Arbitrary<NodeBuilder> = fc
  .record({ base: baseArbitrary, frame, displayText: plainText(20), path: urlPathPlan() })
  .map((plan) => (id, scope) => ({
    id,
    ...plan.base,
    type: 'cta_url',
    ...writeFrame(plan.frame, scope),
    displayText: plan.displayText,
    url: `https://track.example/${plan.path(scope)}`,
  }));

/** As many parameter texts as any usable template takes; each node keeps its template's count. */
const mostParameters = Math.max(...usableTemplates.flatMap((t) => [t.bodyParameters, t.headerParameters]));

const sendTemplate: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    template: fc.constantFrom(...usableTemplates),
    body: fc.array(textPlan(3), { minLength: mostParameters, maxLength: mostParameters }),
    header: fc.array(textPlan(2, 12), { minLength: mostParameters, maxLength: mostParameters }),
  })
  .map((plan) => (id, scope) => ({
    id,
    ...plan.base,
    type: 'send_template',
    templateName: plan.template.name,
    language: plan.template.language,
    bodyParameters: plan.body.slice(0, plan.template.bodyParameters).map((text) => text(scope)),
    headerParameters: plan.header.slice(0, plan.template.headerParameters).map((text) => text(scope)),
  }));

const collectInput: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    prompt: textPlan(4),
    inputType: fc.constantFrom(...inputTypes),
    choices: fc.array(plainText(20), { minLength: 1, maxLength: 3 }),
    saveAs: fc.constantFrom(...variableNames),
    retryText: textPlan(3),
    maxAttempts: fc.integer({ min: 1, max: 10 }),
    timeoutMinutes: optional(minutes),
  })
  .map((plan) => (id, scope) => ({
    id,
    ...plan.base,
    type: 'collect_input',
    prompt: plan.prompt(scope),
    inputType: plan.inputType,
    ...(plan.inputType === 'choice' ? { choices: plan.choices } : {}),
    saveAs: plan.saveAs,
    retryText: plan.retryText(scope),
    maxAttempts: plan.maxAttempts,
    ...(plan.timeoutMinutes ? { timeoutMinutes: plan.timeoutMinutes } : {}),
  }));

const waitForReply: fc.Arbitrary<NodeBuilder> = fc
  .record({
    base: baseArbitrary,
    timeoutMinutes: minutes,
    saveAs: optional(fc.constantFrom(...variableNames)),
  })
  .map((plan) => (id) => ({
    id,
    ...plan.base,
    type: 'wait_for_reply',
    timeoutMinutes: plan.timeoutMinutes,
    ...(plan.saveAs ? { saveAs: plan.saveAs } : {}),
  }));

/** Every node type that talks to the customer, within WhatsApp's limits. */
export const messageNodeBuilders = [
  sendMessage,
  replyButtons,
  list,
  ctaUrl,
  sendTemplate,
  collectInput,
  waitForReply,
];
