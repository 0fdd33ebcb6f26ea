import { DAY_MS } from '../clock.js';
import { webhookError, windowClosedDetails, type MetaErrorCode, type WebhookError } from '../meta-errors.js';
import type { PhoneNumberRecord } from '../onboarding/directory.js';
import { billingFor, type Billing } from '../pricing.js';
import type { SandboxContext } from '../sandbox-context.js';
import { checkTemplateSend, type SendTemplate } from '../templates/template-send-check.js';
import { isSendable } from '../templates/template.model.js';
import { contentOf, type SendBody } from './message-request.js';
import { previewOf } from './message-preview.js';

/** How an accepted message ends: delivered (and billed so) or failed with an error. */
export type StatusPlan =
  { outcome: 'deliver'; billing: Billing; conversationId: string } | { outcome: 'fail'; error: WebhookError };

export type SendDecision =
  | { ok: false; code: MetaErrorCode; details: string }
  | { ok: true; plan: StatusPlan; preview: string | null; templateId?: string };

const mediaTypes = ['image', 'video', 'audio', 'document', 'sticker'];

/**
 * What Meta does with a valid send: refuses an unusable template at once; accepts a free-form
 * message outside the customer service window and then fails it with 131047 (also inside a
 * click-to-WhatsApp ad's 72-hour free entry point window: it makes messages free, it does not
 * open the window); otherwise delivers it.
 */
export function decideSend(
  context: SandboxContext,
  number: PhoneNumberRecord,
  waId: string,
  body: SendBody,
): SendDecision {
  const nowMs = context.clock.nowMs();
  const unseen = context.config.assumeOpenWindow ? nowMs + DAY_MS : undefined;
  const serviceWindowEndMs = context.windows.serviceWindowEnd(number.id, waId) ?? unseen;
  const windows = {
    serviceWindowEndMs,
    freeEntryPointEndMs: context.windows.freeEntryPointEnd(number.id, waId),
    nowMs,
  };
  const deliver = (billing: Billing): StatusPlan => ({
    outcome: 'deliver',
    billing,
    conversationId: context.windows.conversation(
      number.id,
      waId,
      billing.originType,
      nowMs,
      billing.expiresAtMs,
    ).id,
  });
  const type = body.type ?? 'text';
  if (type === 'template') {
    const template = body.template as SendTemplate;
    const record = context.templates.store.find(number.wabaId, template.name, template.language.code);
    if (record?.status === 'PAUSED')
      return { ok: false, code: 132015, details: `Template ${template.name} is paused` };
    if (record?.status === 'DISABLED')
      return { ok: false, code: 132016, details: `Template ${template.name} is disabled` };
    if (!record || !isSendable(record.status))
      return {
        ok: false,
        code: 132001,
        details: `template name (${template.name}) does not exist in ${template.language.code}`,
      };
    const check = checkTemplateSend(record, template);
    if (!check.ok) return check;
    const billing = billingFor({ ...windows, templateCategory: record.category });
    return { ok: true, plan: deliver(billing), preview: check.preview, templateId: record.id };
  }
  const preview = previewOf(type, contentOf(body));
  if ((serviceWindowEndMs ?? 0) <= nowMs)
    return { ok: true, plan: { outcome: 'fail', error: webhookError(131047, windowClosedDetails) }, preview };
  const mediaId = mediaTypes.includes(type) ? (contentOf(body) as { id?: string }).id : undefined;
  if (mediaId !== undefined && !context.media.get(mediaId))
    return {
      ok: true,
      plan: { outcome: 'fail', error: webhookError(131053, `Media id ${mediaId} was not found`) },
      preview,
    };
  return { ok: true, plan: deliver(billingFor(windows)), preview };
}
