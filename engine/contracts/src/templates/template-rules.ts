import { isValidPhoneNumber } from 'libphonenumber-js/min';
import type { TemplateButton, TemplateContent } from './template-definition.schema.js';
import { templateLimits as limits } from './template-limits.js';
import {
  isPositional,
  isValidVariableName,
  parameterFormatOf,
  givenValue,
  placeholders,
  variablesOf,
} from './template-variables.js';

/** Every rule a template can break, each a stable code the web app words in its language. */
export const templateRules = [
  'HEADER_TEXT_REQUIRED',
  'HEADER_TEXT_TOO_LONG',
  'HEADER_ONE_VARIABLE',
  'HEADER_SINGLE_LINE',
  'HEADER_NO_EMOJI',
  'HEADER_EXAMPLE_REQUIRED',
  'HEADER_FILE_REQUIRED',
  'BODY_REQUIRED',
  'BODY_TOO_LONG',
  'BODY_EDGE_VARIABLE',
  'VARIABLE_INVALID',
  'VARIABLES_MIXED',
  'VARIABLES_NOT_SEQUENTIAL',
  'EXAMPLE_REQUIRED',
  'EXAMPLE_TOO_LONG',
  'FOOTER_TOO_LONG',
  'FOOTER_NO_VARIABLES',
  'BUTTONS_TOO_MANY',
  'QUICK_REPLIES_TOO_MANY',
  'URL_BUTTONS_TOO_MANY',
  'PHONE_BUTTONS_TOO_MANY',
  'COPY_CODE_BUTTONS_TOO_MANY',
  'BUTTONS_NOT_GROUPED',
  'BUTTON_TEXT_REQUIRED',
  'BUTTON_TEXT_TOO_LONG',
  'BUTTON_TEXT_DUPLICATE',
  'URL_INVALID',
  'URL_TOO_LONG',
  'URL_VARIABLE_AT_END',
  'URL_EXAMPLE_REQUIRED',
  'PHONE_INVALID',
  'COPY_CODE_INVALID',
  'COPY_CODE_MARKETING_ONLY',
  'AUTHENTICATION_OPTIONS_REQUIRED',
  'AUTHENTICATION_FIXED_CONTENT',
  'AUTHENTICATION_ONLY',
] as const;
export type TemplateRule = (typeof templateRules)[number];

export interface TemplateIssue {
  /** The field at fault, as the form names it: `header.text`, `examples.1`, `buttons.2.url`. */
  path: (string | number)[];
  rule: TemplateRule;
  /** Values the wording needs (`max`, `variable`, `expected`). */
  params: Record<string, string | number>;
  /** The rule in English, for API callers. */
  message: string;
}

type Params = Record<string, string | number>;
const english: Record<TemplateRule, (p: Params) => string> = {
  HEADER_TEXT_REQUIRED: () => 'a text header needs text',
  HEADER_TEXT_TOO_LONG: (p) => `the header is at most ${p.max} characters`,
  HEADER_ONE_VARIABLE: () => 'the header takes at most one variable',
  HEADER_SINGLE_LINE: () => 'the header is one line',
  HEADER_NO_EMOJI: () => 'the header cannot contain emoji',
  HEADER_EXAMPLE_REQUIRED: () => 'the header variable needs a sample',
  HEADER_FILE_REQUIRED: () => 'choose the file shown in the header',
  BODY_REQUIRED: () => 'the body is required',
  BODY_TOO_LONG: (p) => `the body is at most ${p.max} characters`,
  BODY_EDGE_VARIABLE: () => 'the body cannot start or end with a variable',
  VARIABLE_INVALID: (p) =>
    `{{${p.variable}}} is not a variable: use {{1}}, {{2}}… or a lowercase name like {{order_id}}`,
  VARIABLES_MIXED: () => 'use numbered or named variables, not both',
  VARIABLES_NOT_SEQUENTIAL: (p) => `numbered variables go in order from {{1}}: expected {{${p.expected}}}`,
  EXAMPLE_REQUIRED: (p) => `give a sample for {{${p.variable}}}`,
  EXAMPLE_TOO_LONG: (p) => `a sample is at most ${p.max} characters`,
  FOOTER_TOO_LONG: (p) => `the footer is at most ${p.max} characters`,
  FOOTER_NO_VARIABLES: () => 'the footer cannot contain variables',
  BUTTONS_TOO_MANY: (p) => `at most ${p.max} buttons`,
  QUICK_REPLIES_TOO_MANY: (p) => `at most ${p.max} quick replies`,
  URL_BUTTONS_TOO_MANY: (p) => `at most ${p.max} website buttons`,
  PHONE_BUTTONS_TOO_MANY: (p) => `at most ${p.max} phone number button`,
  COPY_CODE_BUTTONS_TOO_MANY: (p) => `at most ${p.max} copy code button`,
  BUTTONS_NOT_GROUPED: () => 'keep quick replies together, before or after the other buttons',
  BUTTON_TEXT_REQUIRED: () => 'the button needs a label',
  BUTTON_TEXT_TOO_LONG: (p) => `a button label is at most ${p.max} characters`,
  BUTTON_TEXT_DUPLICATE: () => 'two buttons cannot have the same label',
  URL_INVALID: () => 'enter a web address starting with https:// or http://',
  URL_TOO_LONG: (p) => `the web address is at most ${p.max} characters`,
  URL_VARIABLE_AT_END: () => 'a web address takes one variable, {{1}}, at its very end',
  URL_EXAMPLE_REQUIRED: () => 'give a sample for the end of the web address',
  PHONE_INVALID: () => 'enter a phone number with its country code, like +81 3 1234 5678',
  COPY_CODE_INVALID: (p) => `a sample code is 1 to ${p.max} letters and digits`,
  COPY_CODE_MARKETING_ONLY: () => 'copy code buttons are for marketing templates',
  AUTHENTICATION_OPTIONS_REQUIRED: () => 'an authentication template needs its code options',
  AUTHENTICATION_FIXED_CONTENT: () =>
    'WhatsApp writes an authentication template’s text: it takes no header, body, footer or buttons',
  AUTHENTICATION_ONLY: () => 'code options are for authentication templates',
};

/** `{{…}}` that are not variables. */
function invalidVariables(text: string, path: (string | number)[], add: Add) {
  for (const name of placeholders(text))
    if (!isValidVariableName(name)) add(path, 'VARIABLE_INVALID', { variable: name });
}

/**
 * Checks a template against WhatsApp's rules. The same function runs in the form (as the admin
 * types) and in the API, so both say the same thing.
 */
export function checkTemplate(template: TemplateContent): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const add = (path: (string | number)[], rule: TemplateRule, params: Params = {}) =>
    issues.push({ path, rule, params, message: english[rule](params) });

  if (template.category === 'AUTHENTICATION') {
    if (!template.authentication) add(['authentication'], 'AUTHENTICATION_OPTIONS_REQUIRED');
    else checkButtonText(template.authentication.buttonText, ['authentication', 'buttonText'], add);
    if (template.header || template.body.trim() || template.footer.trim() || template.buttons.length)
      add(['body'], 'AUTHENTICATION_FIXED_CONTENT');
    return issues;
  }
  if (template.authentication) add(['authentication'], 'AUTHENTICATION_ONLY');

  const header = template.header;
  const headerVariables = header?.format === 'TEXT' ? placeholders(header.text) : [];
  const bodyVariables = placeholders(template.body);
  const all = [...headerVariables, ...bodyVariables];
  if (header?.format === 'TEXT') {
    if (!header.text.trim()) add(['header', 'text'], 'HEADER_TEXT_REQUIRED');
    if (header.text.length > limits.headerTextMax)
      add(['header', 'text'], 'HEADER_TEXT_TOO_LONG', { max: limits.headerTextMax });
    if (/[\r\n]/.test(header.text)) add(['header', 'text'], 'HEADER_SINGLE_LINE');
    if (/\p{Extended_Pictographic}/u.test(header.text)) add(['header', 'text'], 'HEADER_NO_EMOJI');
    const distinct = [...new Set(headerVariables)];
    if (distinct.length > 1) add(['header', 'text'], 'HEADER_ONE_VARIABLE');
    // The header numbers its variable apart from the body: its one numbered variable is {{1}}.
    else if (distinct[0] !== undefined && isPositional(distinct[0]) && distinct[0] !== '1')
      add(['header', 'text'], 'VARIABLES_NOT_SEQUENTIAL', { expected: 1 });
    invalidVariables(header.text, ['header', 'text'], add);
    if (headerVariables.length > 0) {
      if (!header.example.trim()) add(['header', 'example'], 'HEADER_EXAMPLE_REQUIRED');
      else if (header.example.length > limits.exampleMax)
        add(['header', 'example'], 'EXAMPLE_TOO_LONG', { max: limits.exampleMax });
    }
  } else if (header && header.fileId === null) add(['header', 'fileId'], 'HEADER_FILE_REQUIRED');

  const body = template.body;
  if (!body.trim()) add(['body'], 'BODY_REQUIRED');
  if (body.length > limits.bodyMax) add(['body'], 'BODY_TOO_LONG', { max: limits.bodyMax });
  const trimmed = body.trim();
  if (/^\{\{[^{}]*\}\}/.test(trimmed) || /\{\{[^{}]*\}\}$/.test(trimmed)) add(['body'], 'BODY_EDGE_VARIABLE');
  invalidVariables(body, ['body'], add);
  if (parameterFormatOf(all.filter(isValidVariableName)) === 'NAMED' && all.some(isPositional))
    add(['body'], 'VARIABLES_MIXED');
  const positional = variablesOf(body).filter(isPositional);
  const sorted = [...new Set(positional.map(Number))].sort((a, b) => a - b);
  const gap = sorted.findIndex((n, i) => n !== i + 1);
  if (gap >= 0) add(['body'], 'VARIABLES_NOT_SEQUENTIAL', { expected: gap + 1 });
  for (const name of variablesOf(body).filter(isValidVariableName)) {
    const sample = givenValue(template.examples, name) ?? '';
    if (!sample.trim()) add(['examples', name], 'EXAMPLE_REQUIRED', { variable: name });
    else if (sample.length > limits.exampleMax)
      add(['examples', name], 'EXAMPLE_TOO_LONG', { max: limits.exampleMax });
  }

  if (template.footer.length > limits.footerMax)
    add(['footer'], 'FOOTER_TOO_LONG', { max: limits.footerMax });
  if (placeholders(template.footer).length > 0) add(['footer'], 'FOOTER_NO_VARIABLES');

  checkButtons(template, add);
  return issues;
}

type Add = (path: (string | number)[], rule: TemplateRule, params?: Params) => void;

function checkButtonText(text: string, path: (string | number)[], add: Add) {
  if (!text.trim()) add(path, 'BUTTON_TEXT_REQUIRED');
  else if (text.length > limits.buttonTextMax)
    add(path, 'BUTTON_TEXT_TOO_LONG', { max: limits.buttonTextMax });
}

function checkButtons(template: TemplateContent, add: Add) {
  const buttons = template.buttons;
  const count = (type: TemplateButton['type']) => buttons.filter((button) => button.type === type).length;
  if (buttons.length > limits.buttonsMax) add(['buttons'], 'BUTTONS_TOO_MANY', { max: limits.buttonsMax });
  const caps = [
    ['QUICK_REPLY', limits.quickRepliesMax, 'QUICK_REPLIES_TOO_MANY'],
    ['URL', limits.urlButtonsMax, 'URL_BUTTONS_TOO_MANY'],
    ['PHONE_NUMBER', limits.phoneButtonsMax, 'PHONE_BUTTONS_TOO_MANY'],
    ['COPY_CODE', limits.copyCodeButtonsMax, 'COPY_CODE_BUTTONS_TOO_MANY'],
  ] as const;
  for (const [type, max, rule] of caps) if (count(type) > max) add(['buttons'], rule, { max });
  const kinds = buttons.map((button) => button.type === 'QUICK_REPLY');
  if (kinds.filter((kind, i) => i > 0 && kind !== kinds[i - 1]).length > 1)
    add(['buttons'], 'BUTTONS_NOT_GROUPED');

  const labels = new Map<string, number>();
  buttons.forEach((button, index) => {
    if (button.type === 'COPY_CODE') {
      if (!/^[A-Za-z0-9]{1,15}$/.test(button.example))
        add(['buttons', index, 'example'], 'COPY_CODE_INVALID', { max: limits.copyCodeMax });
      if (template.category !== 'MARKETING') add(['buttons', index], 'COPY_CODE_MARKETING_ONLY');
      return;
    }
    checkButtonText(button.text, ['buttons', index, 'text'], add);
    const label = button.text.trim().toLowerCase();
    if (label && labels.has(label)) add(['buttons', index, 'text'], 'BUTTON_TEXT_DUPLICATE');
    labels.set(label, index);
    if (button.type === 'URL') checkUrl(button, index, add);
    if (button.type === 'PHONE_NUMBER') {
      const phone = button.phoneNumber.trim();
      if (!phone.startsWith('+') || phone.length > limits.phoneNumberMax || !isValidPhoneNumber(phone))
        add(['buttons', index, 'phoneNumber'], 'PHONE_INVALID');
    }
  });
}

function checkUrl(button: Extract<TemplateButton, { type: 'URL' }>, index: number, add: Add) {
  const url = button.url.trim();
  const names = placeholders(url);
  const base = url.replace(/\{\{[^{}]*\}\}$/, '');
  const valid = /^https?:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i.test(base);
  if (!valid) add(['buttons', index, 'url'], 'URL_INVALID');
  if (url.length > limits.urlMax) add(['buttons', index, 'url'], 'URL_TOO_LONG', { max: limits.urlMax });
  if (names.length > 1 || (names.length === 1 && !/\{\{1\}\}$/.test(url)))
    add(['buttons', index, 'url'], 'URL_VARIABLE_AT_END');
  else if (names.length === 1 && !button.example.trim())
    add(['buttons', index, 'example'], 'URL_EXAMPLE_REQUIRED');
}
