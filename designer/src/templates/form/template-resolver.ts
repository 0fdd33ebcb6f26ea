import {
  checkTemplate,
  templateContentShape,
  templateLanguageSchema,
  templateLimits,
  templateNameSchema,
  type TemplateIssue,
} from '@parley/contracts';
import { get, set, type FieldErrors, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { TRANSLATED } from '../../forms/field-error-text';
import type { Translate } from '../../i18n/translate';
import { contentOf, NEW_GROUP, type TemplateFormValues } from './template-form-values';

export type TemplateFormMode = 'create' | 'edit';

/** A rule of the shared validator in the person's language; literal placeholders go in as values. */
export function ruleMessage(issue: Pick<TemplateIssue, 'rule' | 'params'>, t: Translate): string {
  const { max, variable, expected } = issue.params;
  return t(`templates.rules.${issue.rule}`, {
    max: max === undefined ? '' : String(max),
    variable: `{{${variable ?? ''}}}`,
    expected: `{{${expected ?? ''}}}`,
    example: '{{1}}',
    named: '{{order_id}}',
  });
}

/**
 * The form field an issue is shown at: the validator's own path, except that an issue about the
 * buttons as a whole goes to the list (`buttons.root`) and one about a button's kind to its type.
 */
export function issueField(path: readonly (string | number)[]): string {
  const key = path.join('.');
  if (key === 'buttons') return 'buttons.root';
  if (path.length === 2 && path[0] === 'buttons') return `${key}.type`;
  return key;
}

const nameShape = z.object({ name: templateNameSchema, language: templateLanguageSchema });
const contentShape = z.object(templateContentShape);

type Flat = Map<string, string>;

function add(flat: Flat, field: string, message: string) {
  const before = flat.get(field);
  if (before !== message) flat.set(field, before ? `${before} ${message}` : message);
}

/** What the contract's shape refuses, in words: name, account, language, group and code expiry. */
function shapeIssues(values: TemplateFormValues, mode: TemplateFormMode, t: Translate, flat: Flat) {
  if (mode === 'create') {
    if (!z.uuid().safeParse(values.channelAccountId).success)
      add(flat, 'channelAccountId', t('templates.form.accountRequired'));
    const basics = nameShape.safeParse({ name: values.name, language: values.language });
    for (const issue of basics.success ? [] : basics.error.issues) {
      if (issue.path[0] === 'language') add(flat, 'language', t('forms.required'));
      else if (flat.has('name'))
        continue; // a blank name is not also said to have the wrong letters
      else if (issue.code === 'too_small') add(flat, 'name', t('templates.form.nameRequired'));
      else if (issue.code === 'too_big')
        add(flat, 'name', t('templates.form.nameTooLong', { max: templateLimits.nameMax }));
      else add(flat, 'name', t('templates.form.nameInvalid'));
    }
  }
  if (values.group === NEW_GROUP) {
    const name = values.newGroupName.trim();
    if (!name) add(flat, 'newGroupName', t('templates.groups.nameRequired'));
    else if (name.length > templateLimits.groupNameMax)
      add(flat, 'newGroupName', t('templates.groups.nameTooLong', { max: templateLimits.groupNameMax }));
  }
  const content = contentShape.safeParse(contentOf(values));
  for (const issue of content.success ? [] : content.error.issues) {
    const field = issueField(issue.path as (string | number)[]);
    if (field === 'authentication.codeExpirationMinutes') add(flat, field, t('templates.form.expiryInvalid'));
    else add(flat, field, issue.code === 'too_big' ? t('forms.tooLong') : t('forms.invalid'));
  }
}

/** Every failed check of the form, by field, in the person's language. */
export function templateFormErrors(
  values: TemplateFormValues,
  mode: TemplateFormMode,
  t: Translate,
): Map<string, string> {
  const flat: Flat = new Map();
  shapeIssues(values, mode, t, flat);
  for (const issue of checkTemplate(contentOf(values)))
    add(flat, issueField(issue.path), ruleMessage(issue, t));
  return flat;
}

/**
 * The editor's resolver: the contract's shape and the shared validator (`checkTemplate`, the same
 * function the API runs), each issue worded from the dictionaries under the field it names.
 */
export function templateResolver(
  mode: TemplateFormMode,
  t: Translate,
): Resolver<TemplateFormValues, unknown, TemplateFormValues> {
  return (values, _context, options) => {
    const flat = templateFormErrors(values, mode, t);
    if (flat.size === 0) return { values, errors: {} };
    const errors: FieldErrors<TemplateFormValues> = {};
    for (const [field, message] of flat) {
      const control = get(options.fields, field) as { ref?: unknown } | undefined;
      set(errors, field, { type: TRANSLATED, message, ref: control?.ref });
    }
    return { values: {}, errors };
  };
}
