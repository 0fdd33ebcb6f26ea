import {
  givenValue,
  type Conversation,
  parameterIssues,
  placeholders,
  renderTemplate,
  variablesOf,
  type SendTemplateInput,
  type TemplateContent,
  type TemplateParameterIssue,
  type TemplateValues,
} from '@parley/contracts';
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import { ApiError } from '../../api/api-error';
import { TRANSLATED } from '../../forms/field-error-text';
import type { Translate } from '../../i18n/translate';
import { bubbleFromRendered, type TemplateBubbleView } from '../preview/template-bubble';
import type { UsableTemplate } from '../templates.api';

/**
 * The send dialog's form: one flat text field per variable of the chosen template, checked with
 * the contract's `parameterIssues` (the check the API makes) and worded from the dictionaries.
 *
 * Field names are flat (`header`, `body_1`, `body_order_id`, `button_0`) so react-hook-form does
 * not read `{{1}}`'s value as an array element.
 */
export type SendTemplateFormValues = Record<string, string>;

/** The field holding the chosen template's id (the radio group). */
export const TEMPLATE_FIELD = 'templateId';
/** Where a missing header file is reported: the template gives it, the dialog only shows it. */
export const HEADER_FILE_FIELD = 'headerFile';

export const bodyField = (variable: string) => `body_${variable}`;
export const buttonField = (index: number | string) => `button_${index}`;

export type ParameterKind = 'header' | 'body' | 'code' | 'url' | 'offerCode';

/** One value the template needs: where it goes, its name and the admin's sample. */
export interface ParameterField {
  name: string;
  kind: ParameterKind;
  /** The variable's name (`1`, `order_id`), for the header, body and authentication code. */
  variable: string | null;
  /** The button's index, for a URL suffix or an offer code. */
  buttonIndex: number | null;
  /** A URL button's label and address (with its `{{1}}`). */
  buttonText: string | null;
  url: string | null;
  /** The sample the template was reviewed with ('' when it has none). */
  sample: string;
}

const field = (patch: Partial<ParameterField> & Pick<ParameterField, 'name' | 'kind'>): ParameterField => ({
  variable: null,
  buttonIndex: null,
  buttonText: null,
  url: null,
  sample: '',
  ...patch,
});

/** The values a send of this template takes, in the order the customer reads them. */
export function parameterFields(content: TemplateContent): ParameterField[] {
  if (content.category === 'AUTHENTICATION')
    return [field({ name: bodyField('1'), kind: 'code', variable: '1' })];
  const fields: ParameterField[] = [];
  const header = content.header;
  const headerVariable = header?.format === 'TEXT' ? placeholders(header.text)[0] : undefined;
  if (header?.format === 'TEXT' && headerVariable !== undefined)
    fields.push(field({ name: 'header', kind: 'header', variable: headerVariable, sample: header.example }));
  for (const variable of variablesOf(content.body))
    fields.push(
      field({
        name: bodyField(variable),
        kind: 'body',
        variable,
        sample: givenValue(content.examples, variable) ?? '',
      }),
    );
  content.buttons.forEach((button, index) => {
    if (button.type === 'URL' && placeholders(button.url).length > 0)
      fields.push(
        field({
          name: buttonField(index),
          kind: 'url',
          buttonIndex: index,
          buttonText: button.text,
          url: button.url,
          sample: button.example,
        }),
      );
    if (button.type === 'COPY_CODE')
      fields.push(
        field({ name: buttonField(index), kind: 'offerCode', buttonIndex: index, sample: button.example }),
      );
  });
  return fields;
}

/** Every field of the template empty: the values a newly chosen template starts with. */
export function blankValues(templateId: string, content: TemplateContent | null): SendTemplateFormValues {
  const values: SendTemplateFormValues = { [TEMPLATE_FIELD]: templateId };
  for (const f of content ? parameterFields(content) : []) values[f.name] = '';
  return values;
}

/**
 * The form's values in the contract's shape. `blank: 'omit'` leaves out empty fields, so the
 * preview keeps showing `{{1}}` (or the sample code) until something is typed.
 */
function templateValuesOf(
  content: TemplateContent,
  values: SendTemplateFormValues,
  blank: 'keep' | 'omit' = 'keep',
): TemplateValues {
  const result: { header?: string; body: Record<string, string>; buttons: Record<string, string> } = {
    body: {},
    buttons: {},
  };
  for (const f of parameterFields(content)) {
    const value = givenValue(values, f.name) ?? '';
    if (blank === 'omit' && !value.trim()) continue;
    if (f.kind === 'header') result.header = value;
    else if (f.variable !== null) result.body[f.variable] = value;
    else if (f.buttonIndex !== null) result.buttons[String(f.buttonIndex)] = value;
  }
  return result;
}

/** The request that sends this template with the values typed in (as typed: they are the message). */
export function sendTemplateBody(
  template: UsableTemplate,
  values: SendTemplateFormValues,
): SendTemplateInput {
  const { header, body, buttons } = template.content
    ? templateValuesOf(template.content, values)
    : { header: undefined, body: {}, buttons: {} };
  return {
    templateId: template.id,
    parameters: header === undefined ? { body, buttons } : { header, body, buttons },
  };
}

/**
 * The field an issue of `parameterIssues` or of the API names (`parameters.body.1` → `body_1`); the
 * send endpoint names them inside its message (`message.parameters.body.1`).
 */
export function issueField(fullPath: string): string | null {
  const path = fullPath.replace(/^message\./, '');
  if (path === 'templateId') return TEMPLATE_FIELD;
  if (path === 'parameters.header') return 'header';
  if (path === 'parameters.headerFileId') return HEADER_FILE_FIELD;
  const body = /^parameters\.body\.(.+)$/.exec(path);
  if (body) return bodyField(body[1] ?? '');
  const button = /^parameters\.buttons\.(\d+)$/.exec(path);
  if (button) return buttonField(button[1] ?? '');
  return null;
}

/**
 * An issue in the person's language. The contract words its checks in English; what it found
 * (a missing value, a line break, too many characters) is read from its words, the rest is ours.
 */
function issueText(issue: TemplateParameterIssue, fields: readonly ParameterField[], t: Translate): string {
  const name = issueField(issue.path);
  if (name === HEADER_FILE_FIELD) return t('templates.send.issue.headerFile');
  if (name === TEMPLATE_FIELD) return t('templates.send.issue.chooseTemplate');
  const f = fields.find((candidate) => candidate.name === name);
  const message = issue.message;
  if (/ is required$/.test(message)) {
    switch (f?.kind) {
      case 'code':
        return t('templates.send.issue.requiredCode');
      case 'url':
        return t('templates.send.issue.requiredUrl');
      case 'offerCode':
        return t('templates.send.issue.requiredOfferCode');
      default:
        return t('templates.send.issue.required', { variable: `{{${f?.variable ?? ''}}}` });
    }
  }
  if (/line breaks|tabs|spaces in a row/.test(message)) return t('templates.send.issue.spacing');
  const max = /at most (\d+) characters/.exec(message)?.[1];
  if (max !== undefined) return t('templates.send.issue.tooLong', { max });
  if (!f || / no /.test(message)) return t('templates.send.issue.noValue');
  return t('forms.invalid');
}

/** Whether the template's media header has a file to send (the template's own). */
const headerFileMissing = (template: UsableTemplate, content: TemplateContent): boolean =>
  content.header !== null &&
  content.header.format !== 'TEXT' &&
  template.headerFile === null &&
  content.header.fileId === null;

/** Every failed check of the form, by field, worded: what the API would refuse, said before sending. */
export function sendTemplateErrors(
  template: UsableTemplate | undefined,
  values: SendTemplateFormValues,
  t: Translate,
): Map<string, string> {
  const errors = new Map<string, string>();
  if (!template) return errors.set(TEMPLATE_FIELD, t('templates.send.issue.chooseTemplate'));
  const content = template.content;
  if (template.unusableReason !== null || content === null)
    return errors.set(TEMPLATE_FIELD, unusableReasonText(template.unusableReason, t));
  const fields = parameterFields(content);
  for (const issue of parameterIssues(content, templateValuesOf(content, values))) {
    const name = issueField(issue.path);
    if (name !== null && !errors.has(name)) errors.set(name, issueText(issue, fields, t));
  }
  if (headerFileMissing(template, content))
    errors.set(HEADER_FILE_FIELD, t('templates.send.issue.headerFile'));
  return errors;
}

/**
 * The form's resolver: the chosen template's `parameterIssues`, each worded under its field. A
 * template that can't be used now is refused at the choice, with its reason.
 */
export function sendTemplateResolver(
  templates: readonly UsableTemplate[],
  t: Translate,
): Resolver<SendTemplateFormValues> {
  return (values, _context, options) => {
    const template = templates.find((candidate) => candidate.id === values[TEMPLATE_FIELD]);
    const flat = sendTemplateErrors(template, values, t);
    if (flat.size === 0) return { values, errors: {} };
    const errors: FieldErrors<SendTemplateFormValues> = {};
    for (const [name, message] of flat) {
      const control = get(options.fields, name) as { ref?: unknown } | undefined;
      set(errors, name, { type: TRANSLATED, message, ref: control?.ref });
    }
    return { values: {}, errors };
  };
}

/** What the customer will see, with what is typed so far (a blank field shows its `{{1}}`). */
export function previewOf(
  template: UsableTemplate,
  values: SendTemplateFormValues,
): TemplateBubbleView | null {
  const content = template.content;
  if (!content) return null;
  const rendered = renderTemplate(content, template.language, templateValuesOf(content, values, 'omit'));
  return bubbleFromRendered(rendered, template.headerFile);
}

/** The fields the API's issues may name for this template, for `reportToForm`. */
export function reportableFields(template: UsableTemplate): string[] {
  return [
    ...(template.content ? parameterFields(template.content) : []).map((f) => f.name),
    HEADER_FILE_FIELD,
  ];
}

/**
 * The API's refusal with its issues moved to the form's fields and worded, so `reportToForm`
 * shows them under the fields. An issue about no field (a template that no longer exists) stays
 * as it is, for the dialog's alert.
 */
export function onFormFields(failure: unknown, template: UsableTemplate, t: Translate): unknown {
  if (!(failure instanceof ApiError) || failure.issues.length === 0) return failure;
  const fields = template.content ? parameterFields(template.content) : [];
  const issues = failure.issues.map((issue) => {
    const name = issueField(issue.path);
    return name === null || name === TEMPLATE_FIELD
      ? issue
      : { path: name, message: issueText(issue, fields, t) };
  });
  return new ApiError(failure.code, failure.message, failure.status, issues);
}

/** The reasons the engine gives for a template that can't be sent in a conversation now. */
export const unusableReasons = [
  'TEMPLATE_DISABLED',
  'TEMPLATE_NOT_APPROVED',
  'TEMPLATE_NOT_SUPPORTED',
  'MARKETING_NOT_DELIVERED_US',
  'TEMPLATE_OTHER_ACCOUNT',
] as const;
export type UnusableReason = (typeof unusableReasons)[number];

const isUnusableReason = (code: string): code is UnusableReason =>
  (unusableReasons as readonly string[]).includes(code);

/** Why a template can't be sent now, in the person's language (a code this version lacks: in general). */
export function unusableReasonText(code: string | null, t: Translate): string {
  return t(`templates.send.unusable.${code !== null && isUnusableReason(code) ? code : 'unknown'}`);
}

/** Whether the template can be sent now: the engine names no reason against it and Parley can fill it in. */
export function isUsable(template: UsableTemplate): boolean {
  return template.unusableReason === null && template.content !== null;
}

/** The usable templates first, each part in the engine's order (by name). */
export function sortForChoice(templates: readonly UsableTemplate[]): UsableTemplate[] {
  return [...templates.filter(isUsable), ...templates.filter((t) => !isUsable(t))];
}

/** Whether this person may send a template into this conversation from the thread now. */
export function canSendTemplate(
  conversation: Pick<Conversation, 'channel' | 'channelAccount'>,
  permissions: { send: boolean; readTemplates: boolean },
): boolean {
  const { channel, channelAccount } = conversation;
  return (
    channel === 'whatsapp' &&
    channelAccount.enabled &&
    channelAccount.connected &&
    permissions.send &&
    permissions.readTemplates
  );
}
