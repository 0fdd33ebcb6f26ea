/** The WhatsApp error codes the sandbox produces, with Meta's titles. */
export const metaErrorTitles = {
  130429: 'Rate limit hit',
  131009: 'Parameter value is not valid',
  131047: 'Re-engagement message',
  131051: 'Message type unknown',
  131053: 'Media upload error',
  131056: '(Business Account, Consumer Account) pair rate limit hit',
  132000: 'Number of parameters does not match the expected number of params',
  132001: 'Template name does not exist in the translation',
  132012: 'Parameter format does not match format in the created template',
  132015: 'Template is Paused',
  132016: 'Template is disabled',
  132018: 'There was an issue with the parameters in your template',
  133005: 'Two step verification PIN Mismatch',
  133010: 'Account not registered',
  133016: 'Account register deregister rate limit exceeded',
} as const;
export type MetaErrorCode = keyof typeof metaErrorTitles;

const errorCodesPage = 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/';

/** An error as statuses (`statuses[].errors`) and inbound messages (`messages[].errors`) carry it. */
export interface WebhookError {
  code: number;
  title: string;
  message: string;
  error_data: { details: string };
  href?: string;
}

export function webhookError(code: MetaErrorCode, details: string): WebhookError {
  const title = metaErrorTitles[code];
  return { code, title, message: title, error_data: { details }, href: errorCodesPage };
}

export const windowClosedDetails =
  'Message failed to send because more than 24 hours have passed since the customer last replied to this number.';
