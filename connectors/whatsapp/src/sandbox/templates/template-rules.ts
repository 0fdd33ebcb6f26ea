import { headerSampleTypes, sampleTypesOf, type HeaderSampleFormat } from '../uploads/header-samples.js';
import { invalidParameter, type TemplateProblem } from './template-request.js';
import {
  component,
  type TemplateButton,
  type TemplateComponent,
  type TemplateDraft,
} from './template.model.js';
import { distinctVariables, isNamed, isPositional, variableAtEdge } from './template-variables.js';

const maxButtonsByType: Record<string, number> = {
  QUICK_REPLY: 10,
  URL: 2,
  PHONE_NUMBER: 1,
  COPY_CODE: 1,
  OTP: 1,
  FLOW: 1,
  MPM: 1,
  CATALOG: 1,
  VOICE_CALL: 1,
};

/** The file a Resumable Upload API handle names, if this sandbox issued it. */
export type HeaderSampleLookup = (handle: string) => { mimeType: string; size: number } | undefined;

/**
 * Meta's synchronous checks of a template's name, language and components (WHATSAPP.md § Templates);
 * a media header's sample must be a handle this sandbox's upload API issued (`samples`).
 */
export function checkDraft(draft: TemplateDraft, samples: HeaderSampleLookup): TemplateProblem | undefined {
  if (!/^[a-z0-9_]+$/.test(draft.name) || draft.name.length > 512)
    return invalidParameter(
      'Invalid template name',
      'Template names may contain only lowercase letters, numbers and underscores, up to 512 characters.',
    );
  if (!/^[a-z]{2,3}(_[A-Z]{2,4})?$/.test(draft.language))
    return invalidParameter('Invalid language', `"${draft.language}" is not a supported language code.`);
  for (const type of ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'] as const) {
    if (draft.components.filter((candidate) => candidate.type === type).length > 1)
      return invalidParameter('Invalid components', `A template can have only one ${type} component.`);
  }
  return draft.category === 'AUTHENTICATION' ? checkAuthentication(draft) : checkStandard(draft, samples);
}

function checkStandard(draft: TemplateDraft, samples: HeaderSampleLookup): TemplateProblem | undefined {
  const body = component(draft, 'BODY');
  if (!body?.text)
    return invalidParameter('Body text is missing', 'A template needs a BODY component with text.');
  if (body.text.length > 1024)
    return invalidParameter('Body text is too long', 'The body can have at most 1024 characters.');
  const bodyProblem = checkVariables('body', body.text, draft.parameterFormat);
  if (bodyProblem) return bodyProblem;
  if (variableAtEdge(body.text))
    return invalidParameter(
      "Variables can't be at the start or end of the template",
      'Add text before the first and after the last variable of the body.',
    );
  return (
    checkHeader(draft, component(draft, 'HEADER'), samples) ??
    checkFooter(component(draft, 'FOOTER')) ??
    checkButtons(component(draft, 'BUTTONS')?.buttons, false)
  );
}

function checkAuthentication(draft: TemplateDraft): TemplateProblem | undefined {
  if (component(draft, 'HEADER'))
    return invalidParameter('Invalid components', 'Authentication templates cannot have a header.');
  if (component(draft, 'BODY')?.text !== undefined)
    return invalidParameter(
      'Invalid components',
      'Authentication templates use preset body text: leave out `text`.',
    );
  if (!component(draft, 'BODY'))
    return invalidParameter('Body is missing', 'A template needs a BODY component.');
  if (component(draft, 'FOOTER')?.text !== undefined)
    return invalidParameter(
      'Invalid components',
      'Authentication footers take only code_expiration_minutes.',
    );
  const buttons = component(draft, 'BUTTONS')?.buttons ?? [];
  if (buttons.length !== 1 || buttons[0]?.type !== 'OTP')
    return invalidParameter('Invalid buttons', 'Authentication templates need exactly one OTP button.');
  if (!['COPY_CODE', 'ONE_TAP', 'ZERO_TAP'].includes(String(buttons[0].otp_type ?? '').toUpperCase()))
    return invalidParameter('Invalid buttons', 'otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP.');
  return checkButtons(buttons, true);
}

function checkVariables(where: string, text: string, format: TemplateDraft['parameterFormat']) {
  const names = distinctVariables(text);
  const valid = format === 'NAMED' ? names.every(isNamed) : names.every(isPositional);
  if (!valid)
    return invalidParameter(
      'Invalid variable',
      format === 'NAMED'
        ? `The ${where} uses parameter_format NAMED: variables look like {{first_name}}.`
        : `The ${where} uses positional variables: {{1}}, {{2}}, …`,
    );
  const numbers = names.map(Number).sort((a, b) => a - b);
  if (format === 'POSITIONAL' && numbers.some((number, index) => number !== index + 1))
    return invalidParameter(
      'Invalid variable',
      `The ${where}'s variables must be numbered {{1}} to {{${numbers.length}}}.`,
    );
  return undefined;
}

function checkHeader(
  draft: TemplateDraft,
  header: TemplateComponent | undefined,
  samples: HeaderSampleLookup,
): TemplateProblem | undefined {
  if (!header) return undefined;
  if (!header.format) return invalidParameter('Header format is missing', 'A HEADER needs a format.');
  if (header.format === 'TEXT') {
    if (!header.text) return invalidParameter('Header text is missing', 'A TEXT header needs text.');
    if (header.text.length > 60)
      return invalidParameter('Header text is too long', 'The header can have at most 60 characters.');
    if (distinctVariables(header.text).length > 1)
      return invalidParameter('Too many variables', 'A text header can have at most one variable.');
    return checkVariables('header', header.text, draft.parameterFormat);
  }
  if (!['IMAGE', 'VIDEO', 'DOCUMENT'].includes(header.format)) return undefined;
  const handle = header.example?.header_handle?.[0];
  if (handle === undefined)
    return invalidParameter(
      'Header sample is missing',
      `A ${header.format} header needs example.header_handle.`,
    );
  return checkHeaderSample(header.format as HeaderSampleFormat, samples(handle));
}

/** A media header's sample: a file from the Resumable Upload API, of the header's kind and size. */
function checkHeaderSample(
  format: HeaderSampleFormat,
  sample: ReturnType<HeaderSampleLookup>,
): TemplateProblem | undefined {
  const type = sample && headerSampleTypes[sample.mimeType];
  if (!sample || type?.format !== format)
    return invalidParameter(
      'Invalid header sample',
      `The ${format} header's example.header_handle must be the handle of a file uploaded with the Resumable Upload API, of type ${sampleTypesOf(format)}.`,
    );
  if (sample.size > type.maxBytes)
    return invalidParameter(
      'Header sample is too large',
      `The ${format} header's sample has ${sample.size} bytes; the limit is ${type.maxBytes}.`,
    );
  return undefined;
}

function checkFooter(footer: TemplateComponent | undefined): TemplateProblem | undefined {
  if (!footer) return undefined;
  if (!footer.text) return invalidParameter('Footer text is missing', 'A FOOTER needs text.');
  if (footer.text.length > 60)
    return invalidParameter('Footer text is too long', 'The footer can have at most 60 characters.');
  if (distinctVariables(footer.text).length > 0)
    return invalidParameter('Invalid footer', 'The footer cannot have variables.');
  return undefined;
}

function checkButtons(
  buttons: TemplateButton[] | undefined,
  authentication: boolean,
): TemplateProblem | undefined {
  if (buttons === undefined) return undefined;
  if (buttons.length === 0 || buttons.length > 10)
    return invalidParameter('Invalid buttons', 'A BUTTONS component has 1 to 10 buttons.');
  for (const [type, max] of Object.entries(maxButtonsByType)) {
    if (buttons.filter((button) => button.type === type).length > max)
      return invalidParameter('Too many buttons', `A template can have at most ${max} ${type} button(s).`);
  }
  const kinds = buttons.map((button) => button.type === 'QUICK_REPLY');
  if (kinds.filter((isQuick, index) => index > 0 && isQuick !== kinds[index - 1]).length > 1)
    return invalidParameter(
      'Invalid button order',
      'Group quick reply buttons together, apart from the other buttons.',
    );
  for (const button of buttons) {
    const problem = checkButton(button, authentication);
    if (problem) return problem;
  }
  return undefined;
}

function checkButton(button: TemplateButton, authentication: boolean): TemplateProblem | undefined {
  if (!(button.type in maxButtonsByType) || (button.type === 'OTP') !== authentication)
    return invalidParameter('Invalid button', `${button.type} buttons are not allowed here.`);
  if (!['OTP', 'COPY_CODE'].includes(button.type) && !button.text)
    return invalidParameter('Button text is missing', `A ${button.type} button needs text.`);
  if ((button.text ?? '').length > 25)
    return invalidParameter('Button text is too long', 'Button labels can have at most 25 characters.');
  if (button.type === 'URL') {
    if (!button.url || !/^https?:\/\/\S+$/.test(button.url) || button.url.length > 2000)
      return invalidParameter('Invalid URL', 'A URL button needs a http(s) url of at most 2000 characters.');
    const variables = distinctVariables(button.url);
    if (variables.length > 1 || (variables.length === 1 && !/\{\{\s*1\s*\}\}$/.test(button.url)))
      return invalidParameter(
        'Invalid URL',
        'A URL button can have one variable, {{1}}, at the end of the url.',
      );
  }
  if (button.type === 'PHONE_NUMBER' && (!button.phone_number || button.phone_number.length > 20))
    return invalidParameter(
      'Invalid phone number',
      'A PHONE_NUMBER button needs a phone_number of at most 20 characters.',
    );
  if (button.type === 'COPY_CODE') {
    const example = Array.isArray(button.example) ? button.example[0] : button.example;
    if (!example || example.length > 15)
      return invalidParameter(
        'Invalid coupon code',
        'A COPY_CODE button needs an example code of at most 15 characters.',
      );
  }
  return undefined;
}
