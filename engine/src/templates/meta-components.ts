import {
  parameterFormatOf,
  placeholders,
  templateCategorySchema,
  templateContentShape,
  variablesOf,
  type TemplateButton,
  type TemplateContent,
} from '@parley/contracts';
import type { TemplateDefinition } from '@parley/connector-whatsapp';
import { z } from 'zod';

type Component = Record<string, unknown>;

/** The template's variables' format, as WhatsApp's `parameter_format` names it. */
export function parameterFormat(content: TemplateContent) {
  const header = content.header?.format === 'TEXT' ? placeholders(content.header.text) : [];
  return parameterFormatOf([...header, ...placeholders(content.body)]);
}

/** Parley's template in Meta's shape, for `POST /{waba-id}/message_templates` and edits. */
export function toMetaComponents(content: TemplateContent, headerHandle?: string): Component[] {
  if (content.category === 'AUTHENTICATION') {
    const options = content.authentication;
    return [
      { type: 'BODY', add_security_recommendation: options?.addSecurityRecommendation ?? false },
      ...(options?.codeExpirationMinutes
        ? [{ type: 'FOOTER', code_expiration_minutes: options.codeExpirationMinutes }]
        : []),
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: options?.buttonText ?? '' }] },
    ];
  }
  const named = parameterFormat(content) === 'NAMED';
  const components: Component[] = [];
  const header = content.header;
  if (header?.format === 'TEXT') {
    const name = placeholders(header.text)[0];
    components.push({
      type: 'HEADER',
      format: 'TEXT',
      text: header.text,
      ...(name === undefined
        ? {}
        : {
            example: named
              ? { header_text_named_params: [{ param_name: name, example: header.example }] }
              : { header_text: [header.example] },
          }),
    });
  } else if (header) {
    components.push({
      type: 'HEADER',
      format: header.format,
      ...(headerHandle ? { example: { header_handle: [headerHandle] } } : {}),
    });
  }
  const names = variablesOf(content.body);
  components.push({
    type: 'BODY',
    text: content.body,
    ...(names.length === 0
      ? {}
      : {
          example: named
            ? {
                body_text_named_params: names.map((name) => ({
                  param_name: name,
                  example: content.examples[name] ?? '',
                })),
              }
            : { body_text: [names.map((name) => content.examples[name] ?? '')] },
        }),
  });
  if (content.footer.trim()) components.push({ type: 'FOOTER', text: content.footer });
  if (content.buttons.length > 0)
    components.push({ type: 'BUTTONS', buttons: content.buttons.map(toMetaButton) });
  return components;
}

function toMetaButton(button: TemplateButton): Component {
  switch (button.type) {
    case 'QUICK_REPLY':
      return { type: 'QUICK_REPLY', text: button.text };
    case 'URL':
      return {
        type: 'URL',
        text: button.text,
        url: button.url.trim(),
        ...(placeholders(button.url).length > 0
          ? { example: [button.url.trim().replace('{{1}}', button.example)] }
          : {}),
      };
    case 'PHONE_NUMBER':
      return {
        type: 'PHONE_NUMBER',
        text: button.text,
        phone_number: button.phoneNumber.replace(/[\s()-]/g, ''),
      };
    case 'COPY_CODE':
      return { type: 'COPY_CODE', example: button.example };
  }
}

/** The whole definition WhatsApp takes to create a template. */
export function toMetaDefinition(
  template: { name: string; language: string },
  content: TemplateContent,
  headerHandle?: string,
): TemplateDefinition {
  return {
    name: template.name,
    language: template.language,
    category: content.category,
    allow_category_change: content.allowCategoryChange,
    parameter_format: parameterFormat(content),
    components: toMetaComponents(content, headerHandle) as TemplateDefinition['components'],
  };
}

const text = z.string();
const namedExamples = z.array(z.object({ param_name: z.string(), example: z.string() }));
const metaComponent = z.looseObject({
  type: z.string().transform((value) => value.toUpperCase()),
  format: z.string().optional(),
  text: text.optional(),
  add_security_recommendation: z.boolean().optional(),
  code_expiration_minutes: z.number().optional(),
  example: z
    .looseObject({
      header_text: z.array(text).optional(),
      header_text_named_params: namedExamples.optional(),
      body_text: z.array(z.array(text)).optional(),
      body_text_named_params: namedExamples.optional(),
    })
    .optional(),
  buttons: z
    .array(
      z.looseObject({
        type: z.string(),
        text: text.optional(),
        url: text.optional(),
        phone_number: text.optional(),
        example: z.union([z.array(text), text]).optional(),
      }),
    )
    .optional(),
});

/**
 * Meta's components as Parley's content, for templates created outside Parley; null when the
 * template uses what Parley cannot show or edit (a location header, catalog or flow buttons…).
 */
export function fromMetaComponents(
  category: string,
  raw: readonly unknown[],
  allowCategoryChange = false,
): TemplateContent | null {
  const parsedCategory = templateCategorySchema.safeParse(category.toUpperCase());
  const parsed = z.array(metaComponent).safeParse(raw);
  if (!parsedCategory.success || !parsed.success) return null;
  const find = (type: string) => parsed.data.find((component) => component.type === type);
  const base: TemplateContent = {
    category: parsedCategory.data,
    header: null,
    body: '',
    examples: {},
    footer: '',
    buttons: [],
    authentication: null,
    allowCategoryChange,
  };
  if (base.category === 'AUTHENTICATION') {
    // Created as an OTP button, it is a URL button when WhatsApp gives the template back.
    const otp = find('BUTTONS')?.buttons?.find((button) =>
      ['OTP', 'URL'].includes(button.type.toUpperCase()),
    );
    return {
      ...base,
      authentication: {
        addSecurityRecommendation: find('BODY')?.add_security_recommendation ?? false,
        codeExpirationMinutes: find('FOOTER')?.code_expiration_minutes ?? null,
        buttonText: otp?.text ?? '',
      },
    };
  }
  const header = find('HEADER');
  const body = find('BODY');
  if (!body?.text) return null;
  const content: TemplateContent = { ...base, body: body.text, footer: find('FOOTER')?.text ?? '' };
  if (header) {
    const format = header.format?.toUpperCase();
    if (format === 'TEXT')
      content.header = {
        format: 'TEXT',
        text: header.text ?? '',
        example:
          header.example?.header_text?.[0] ?? header.example?.header_text_named_params?.[0]?.example ?? '',
      };
    else if (format === 'IMAGE' || format === 'VIDEO' || format === 'DOCUMENT')
      content.header = { format, fileId: null };
    else return null;
  }
  const names = variablesOf(body.text);
  const positional = body.example?.body_text?.[0] ?? [];
  for (const [index, name] of names.entries()) {
    const named = body.example?.body_text_named_params?.find((example) => example.param_name === name);
    content.examples[name] = named?.example ?? positional[index] ?? '';
  }
  for (const button of find('BUTTONS')?.buttons ?? []) {
    const converted = fromMetaButton(button);
    if (!converted) return null;
    content.buttons.push(converted);
  }
  return z.object(templateContentShape).safeParse(content).success ? content : null;
}

function fromMetaButton(button: {
  type: string;
  text?: string | undefined;
  url?: string | undefined;
  phone_number?: string | undefined;
  example?: string[] | string | undefined;
}): TemplateButton | null {
  const example = Array.isArray(button.example) ? button.example[0] : button.example;
  switch (button.type.toUpperCase()) {
    case 'QUICK_REPLY':
      return { type: 'QUICK_REPLY', text: button.text ?? '' };
    case 'URL': {
      const url = button.url ?? '';
      const base = url.replace('{{1}}', '');
      return {
        type: 'URL',
        text: button.text ?? '',
        url,
        example: url.includes('{{1}}') && example?.startsWith(base) ? example.slice(base.length) : '',
      };
    }
    case 'PHONE_NUMBER':
      return { type: 'PHONE_NUMBER', text: button.text ?? '', phoneNumber: button.phone_number ?? '' };
    case 'COPY_CODE':
      return { type: 'COPY_CODE', example: example ?? '' };
    default:
      return null;
  }
}
