import type { TemplateContent } from './template-definition.schema.js';
import type { TemplateMediaFormat } from './template-limits.js';
import { fillVariables, givenValue, placeholders, variablesOf } from './template-variables.js';

/** Values for a template's variables: the header's, the body's by name, buttons' by index. */
export interface TemplateValues {
  header?: string | undefined;
  body: Readonly<Record<string, string>>;
  buttons: Readonly<Record<string, string>>;
}

export interface RenderedButton {
  type: 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER' | 'COPY_CODE';
  text: string;
  url: string | null;
  phoneNumber: string | null;
}

/** What the customer sees. */
export interface RenderedTemplate {
  header: { format: 'TEXT'; text: string } | { format: TemplateMediaFormat; fileId: string | null } | null;
  body: string;
  footer: string | null;
  buttons: RenderedButton[];
}

/** WhatsApp's own wording of authentication templates, in the languages Parley previews. */
const authenticationWording = {
  ja: {
    body: '{{1}}があなたの認証コードです。',
    security: 'セキュリティのため、このコードは誰にも教えないでください。',
    expiry: (minutes: number) => `このコードの有効期限は${minutes}分です。`,
    /** Japanese runs sentences on after 。, with no space. */
    separator: '',
  },
  en: {
    body: '{{1}} is your verification code.',
    security: 'For your security, do not share this code.',
    expiry: (minutes: number) => `This code expires in ${minutes} minutes.`,
    separator: ' ',
  },
};

/**
 * The samples the admin gave, as values: what the preview shows and WhatsApp's reviewers see. Only
 * the variables the template has now (a sample left over from a removed variable is no value).
 */
export function sampleValues(content: TemplateContent): TemplateValues {
  if (content.category === 'AUTHENTICATION')
    return { header: undefined, body: { '1': '123456' }, buttons: {} };
  const buttons: Record<string, string> = {};
  content.buttons.forEach((button, index) => {
    if (button.type === 'URL' && placeholders(button.url).length > 0) buttons[index] = button.example;
    if (button.type === 'COPY_CODE') buttons[index] = button.example;
  });
  const body: Record<string, string> = {};
  for (const name of variablesOf(content.body)) {
    const sample = givenValue(content.examples, name);
    if (sample !== undefined) body[name] = sample;
  }
  const header = content.header;
  return {
    header: header?.format === 'TEXT' && placeholders(header.text).length > 0 ? header.example : undefined,
    body,
    buttons,
  };
}

/** The template with these values in place of its variables. */
export function renderTemplate(
  content: TemplateContent,
  language: string,
  values: TemplateValues,
): RenderedTemplate {
  if (content.category === 'AUTHENTICATION') {
    const words = language.startsWith('ja') ? authenticationWording.ja : authenticationWording.en;
    const options = content.authentication;
    const code = values.body['1'] ?? '';
    const body = [
      fillVariables(words.body, { '1': code }),
      options?.addSecurityRecommendation ? words.security : '',
    ]
      .filter(Boolean)
      .join(words.separator);
    return {
      header: null,
      body,
      footer: options?.codeExpirationMinutes ? words.expiry(options.codeExpirationMinutes) : null,
      buttons: [{ type: 'COPY_CODE', text: options?.buttonText ?? '', url: null, phoneNumber: null }],
    };
  }
  const header = content.header;
  return {
    header:
      header === null
        ? null
        : header.format === 'TEXT'
          ? { format: 'TEXT', text: fillVariables(header.text, firstVariable(header.text, values.header)) }
          : { format: header.format, fileId: header.fileId },
    body: fillVariables(content.body, values.body),
    footer: content.footer.trim() ? content.footer : null,
    buttons: content.buttons.map((button, index) => {
      switch (button.type) {
        case 'QUICK_REPLY':
          return { type: button.type, text: button.text, url: null, phoneNumber: null };
        case 'URL':
          return {
            type: button.type,
            text: button.text,
            url: fillVariables(button.url, { '1': values.buttons[index] }),
            phoneNumber: null,
          };
        case 'PHONE_NUMBER':
          return { type: button.type, text: button.text, url: null, phoneNumber: button.phoneNumber };
        case 'COPY_CODE':
          return {
            type: button.type,
            text: values.buttons[index] ?? button.example,
            url: null,
            phoneNumber: null,
          };
      }
    }),
  };
}

function firstVariable(text: string, value: string | undefined): Record<string, string | undefined> {
  const name = placeholders(text)[0];
  return name === undefined ? {} : { [name]: value };
}

/** The rendered template as one readable text (stored on the message, shown in lists). */
export function renderedText(rendered: RenderedTemplate): string {
  return [rendered.header?.format === 'TEXT' ? rendered.header.text : null, rendered.body, rendered.footer]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
}

export interface TemplateParameterIssue {
  path: string;
  message: string;
}

/** A value WhatsApp refuses with 132018: line breaks, tabs, more than four spaces in a row. */
const refusedValue = /[\n\r\t]| {5,}/;

/** What a send must give for this template: a value for every variable, each as WhatsApp takes it. */
export function parameterIssues(content: TemplateContent, values: TemplateValues): TemplateParameterIssue[] {
  const issues: TemplateParameterIssue[] = [];
  const need = (path: string, value: string | undefined, label: string, max = 1024) => {
    if (value === undefined || !value.trim())
      issues.push({ path, message: `a value for ${label} is required` });
    else if (refusedValue.test(value))
      issues.push({
        path,
        message: `${label} cannot contain line breaks, tabs or more than four spaces in a row`,
      });
    else if (value.length > max) issues.push({ path, message: `${label} is at most ${max} characters` });
  };
  if (content.category === 'AUTHENTICATION') {
    need('parameters.body.1', values.body['1'], 'the code', 15);
    return issues;
  }
  // A value the template has no variable for makes WhatsApp refuse the send too (132000).
  if (content.header?.format === 'TEXT' && placeholders(content.header.text).length > 0)
    need('parameters.header', values.header, 'the header variable', 60);
  else if (values.header?.trim())
    issues.push({ path: 'parameters.header', message: 'the template’s header has no variable' });
  for (const name of variablesOf(content.body))
    need(`parameters.body.${name}`, givenValue(values.body, name), `{{${name}}}`);
  const buttonsWithValue = new Set<string>();
  content.buttons.forEach((button, index) => {
    if (button.type === 'URL' && placeholders(button.url).length > 0) {
      buttonsWithValue.add(String(index));
      need(
        `parameters.buttons.${index}`,
        givenValue(values.buttons, String(index)),
        `the end of button ${index + 1}’s web address`,
        2000,
      );
    }
    if (button.type === 'COPY_CODE') {
      buttonsWithValue.add(String(index));
      need(`parameters.buttons.${index}`, givenValue(values.buttons, String(index)), 'the offer code', 15);
    }
  });
  const known = new Set(variablesOf(content.body));
  for (const name of Object.keys(values.body))
    if (!known.has(name))
      issues.push({ path: `parameters.body.${name}`, message: `the template has no {{${name}}}` });
  for (const index of Object.keys(values.buttons))
    if (!buttonsWithValue.has(index))
      issues.push({
        path: `parameters.buttons.${index}`,
        message: `button ${Number(index) + 1} takes no value`,
      });
  return issues;
}
