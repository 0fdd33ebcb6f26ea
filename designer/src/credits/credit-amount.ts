import type { Translate } from '../i18n/translate';
import { formatCredits } from './credit-format';

/** A number of credits with its unit: "1 credit", "12,000 credits", "13 クレジット". */
export const creditAmount = (credits: number, t: Translate, locale: string): string =>
  t('credits.amount', { count: credits, credits: formatCredits(credits, locale) });
