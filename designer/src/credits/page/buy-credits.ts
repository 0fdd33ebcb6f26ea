import { sandboxTestCards, type CreatePurchase } from '@parley/contracts';
import { z } from 'zod';

/** The credits to buy as typed: a whole number above zero (the engine's quote says the range). */
const creditsField = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,11}$/)
  .transform(Number);

/** The credits typed, or null while they aren't a whole number above zero. */
export function creditsToBuy(typed: string): number | null {
  const parsed = creditsField.safeParse(typed);
  return parsed.success ? parsed.data : null;
}

export interface PurchaseLimits {
  minimumCredits: number;
  maximumCredits: number;
}

/** What the amount field says is wrong: nothing while it is empty or a whole number in the range sold. */
export function amountProblem(
  typed: string,
  limits: PurchaseLimits,
): 'amountInvalid' | 'amountOutOfRange' | null {
  if (typed.trim() === '') return null;
  const credits = creditsToBuy(typed);
  if (credits === null) return 'amountInvalid';
  return credits < limits.minimumCredits || credits > limits.maximumCredits ? 'amountOutOfRange' : null;
}

export type SandboxCard = Extract<CreatePurchase['payment'], { provider: 'sandbox' }>['card'];

/** The body of `POST /api/credits/purchases`: with the card for the sandbox, none for Stripe Checkout. */
export function purchaseBody(credits: number, card: SandboxCard | null, clientId: string): CreatePurchase {
  return {
    clientId,
    credits,
    payment: card ? { provider: 'sandbox', card } : { provider: 'stripe' },
  };
}

export type TestCardKey = keyof typeof sandboxTestCards;

/** The sandbox's test cards, in the order they are offered. */
export const testCards = (Object.keys(sandboxTestCards) as TestCardKey[]).map((key) => ({
  key,
  number: sandboxTestCards[key],
}));

/** A card number in groups of four, as printed on the card: "4242 4242 4242 4242". */
export const groupedCardNumber = (number: string): string => number.replace(/(\d{4})(?=\d)/g, '$1 ');
