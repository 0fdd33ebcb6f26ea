import { updateCreditSettingsSchema, type CreditAccount } from '@parley/contracts';
import { z } from 'zod';

/** The settings form's fields, as typed: an empty threshold turns the warning off. */
export interface CreditSettingsValues {
  lowBalanceThreshold: string;
  currency: string;
}

export const creditSettingsValues = (account: CreditAccount): CreditSettingsValues => ({
  lowBalanceThreshold: account.lowBalanceThreshold === null ? '' : String(account.lowBalanceThreshold),
  currency: account.currency,
});

const { lowBalanceThreshold, currency } = updateCreditSettingsSchema.shape;

/** The fields checked and turned into the body of `PUT /api/credits/settings`, with the contract's bounds. */
export const creditSettingsForm = z.object({
  lowBalanceThreshold: z
    .string()
    .trim()
    .regex(/^\d{0,12}$/)
    .transform((typed) => (typed === '' ? null : Number(typed)))
    .pipe(lowBalanceThreshold.unwrap()),
  currency: currency.unwrap(),
});
