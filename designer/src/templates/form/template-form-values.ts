import {
  variablesOf,
  type AuthenticationOptions,
  type CreateTemplateInput,
  type EditTemplateInput,
  type Template,
  type TemplateButton,
  type TemplateCategory,
  type TemplateContent,
  type TemplateHeader,
  type TemplateLanguage,
} from '@parley/contracts';

/** The group select's choice that reveals the new group's name field. */
export const NEW_GROUP = 'new';

/**
 * What the template editor holds. The content fields have the contract's shape and names, so the
 * shared validator's issue paths (`header.text`, `examples.1`, `buttons.2.url`) name form fields.
 * The code options are kept while another category is chosen, and sent only for authentication.
 */
export interface TemplateFormValues {
  /** The WhatsApp account whose WhatsApp Business Account gets the template (creating only). */
  channelAccountId: string;
  name: string;
  language: TemplateLanguage | string;
  /** '' for no group, a group's id, or NEW_GROUP. */
  group: string;
  newGroupName: string;
  category: TemplateCategory;
  allowCategoryChange: boolean;
  header: TemplateHeader | null;
  body: string;
  examples: Record<string, string>;
  footer: string;
  buttons: TemplateButton[];
  authentication: AuthenticationOptions;
}

export function defaultAuthentication(buttonText: string): AuthenticationOptions {
  return { addSecurityRecommendation: true, codeExpirationMinutes: 10, buttonText };
}

/** A blank template for the chosen account and language. */
export function emptyTemplateValues(
  channelAccountId: string,
  language: string,
  copyButtonText: string,
): TemplateFormValues {
  return {
    channelAccountId,
    name: '',
    language,
    group: '',
    newGroupName: '',
    category: 'MARKETING',
    allowCategoryChange: true,
    header: null,
    body: '',
    examples: {},
    footer: '',
    buttons: [],
    authentication: defaultAuthentication(copyButtonText),
  };
}

/** An existing template's content in the editor (its content must be one Parley can show). */
export function templateValues(
  template: Template & { content: TemplateContent },
  copyButtonText: string,
): TemplateFormValues {
  const { content } = template;
  return {
    channelAccountId: '',
    name: template.name,
    language: template.language,
    group: template.group?.id ?? '',
    newGroupName: '',
    category: content.category,
    allowCategoryChange: content.allowCategoryChange,
    header: content.header,
    body: content.body,
    examples: { ...content.examples },
    footer: content.footer,
    buttons: content.buttons,
    authentication: content.authentication ?? defaultAuthentication(copyButtonText),
  };
}

/**
 * The template the form describes, as the API and the validator take it: an authentication
 * template is only its code options; the other categories drop them and the samples of variables
 * the text no longer has.
 */
export function contentOf(values: TemplateFormValues): TemplateContent {
  if (values.category === 'AUTHENTICATION') {
    return {
      category: values.category,
      header: null,
      body: '',
      examples: {},
      footer: '',
      buttons: [],
      authentication: values.authentication,
      allowCategoryChange: values.allowCategoryChange,
    };
  }
  const examples: Record<string, string> = {};
  for (const name of variablesOf(values.body)) examples[name] = values.examples?.[name] ?? '';
  return {
    category: values.category,
    header: values.header,
    body: values.body,
    examples,
    footer: values.footer,
    buttons: values.buttons ?? [],
    authentication: null,
    allowCategoryChange: values.allowCategoryChange,
  };
}

/** Which group: an existing one, a new one by name, or none. */
export function groupChoiceOf(values: TemplateFormValues): { groupId: string | null; newGroupName: string } {
  if (values.group === NEW_GROUP) return { groupId: null, newGroupName: values.newGroupName.trim() };
  return { groupId: values.group || null, newGroupName: '' };
}

export function createInput(values: TemplateFormValues): CreateTemplateInput {
  return {
    channelAccountId: values.channelAccountId,
    name: values.name,
    language: values.language as TemplateLanguage,
    ...groupChoiceOf(values),
    ...contentOf(values),
  };
}

export function editInput(values: TemplateFormValues): EditTemplateInput {
  return { ...groupChoiceOf(values), ...contentOf(values) };
}

/** A form field for an API issue's path (`groupId` is the group select; the rest match). */
export function formPathOf(path: string): string {
  if (path === 'groupId') return 'group';
  return path;
}
