import type { ErrorOverrides } from '../../forms/field-error-text';
import type { Translate } from '../../i18n/translate';

export type CardField = 'number' | 'expiry' | 'cvc' | 'name';

/** Each card field's own words for what the contract's `sandboxCardSchema` refuses. */
export const cardErrorMessages = (t: Translate): Record<CardField, ErrorOverrides> => ({
  number: { invalid_format: t('creditsPage.card.numberInvalid') },
  expiry: { invalid_format: t('creditsPage.card.expiryInvalid') },
  cvc: { invalid_format: t('creditsPage.card.cvcInvalid') },
  name: {},
});
