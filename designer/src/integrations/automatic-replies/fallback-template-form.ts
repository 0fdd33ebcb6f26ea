import type { AutomaticReplies, Template } from '@parley/contracts';
import type { UsableTemplate } from '../../templates/templates.api';
import {
  blankValues,
  isUsable,
  parameterFields,
  sendTemplateBody,
  TEMPLATE_FIELD,
  type SendTemplateFormValues,
} from '../../templates/send/send-template-form';

type Fallback = NonNullable<AutomaticReplies['fallbackTemplate']>;

/** Why a template can't be the fallback (the send dialog's reasons), or null when it can. */
function reasonAgainst(template: Template): string | null {
  if (!template.enabled) return 'TEMPLATE_DISABLED';
  if (template.status !== 'APPROVED') return 'TEMPLATE_NOT_APPROVED';
  if (template.content === null) return 'TEMPLATE_NOT_SUPPORTED';
  return null;
}

/**
 * The templates to choose the fallback from: the account's approved, enabled ones Parley can fill
 * in, and the current choice even when it no longer is (so it shows, with why).
 */
export function fallbackChoices(templates: readonly Template[], currentId: string | null): UsableTemplate[] {
  return templates
    .map((template) => ({ ...template, unusableReason: reasonAgainst(template) }))
    .filter((template) => isUsable(template) || template.id === currentId);
}

/** The saved fallback in the send dialog's flat fields (`body_1`, `button_0`…). */
export function fallbackValues(
  saved: Fallback | null,
  template: UsableTemplate | undefined,
): SendTemplateFormValues {
  if (!saved) return { [TEMPLATE_FIELD]: '' };
  const values = blankValues(saved.templateId, template?.content ?? null);
  const { header, body, buttons } = saved.parameters;
  for (const field of template?.content ? parameterFields(template.content) : []) {
    const value =
      field.kind === 'header'
        ? header
        : field.variable !== null
          ? body[field.variable]
          : field.buttonIndex !== null
            ? buttons[String(field.buttonIndex)]
            : undefined;
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}

/** The fallback to save: the chosen template with the values typed in. */
export function fallbackRequest(template: UsableTemplate, values: SendTemplateFormValues): Fallback {
  const { parameters } = sendTemplateBody(template, values);
  return {
    templateId: template.id,
    parameters: {
      ...(parameters.header === undefined ? {} : { header: parameters.header }),
      body: parameters.body,
      buttons: parameters.buttons,
    },
  };
}
