/** What the engine and the credit-purchase workflow agree on: names, payloads and activities. */

export const creditPurchaseWorkflowType = 'creditPurchaseWorkflow';
export const paymentConfirmedSignalName = 'paymentConfirmed';

/** The application failure of an activity given a purchase that is not there (or not its organisation's). */
export const purchaseGoneFailureType = 'PurchaseGone';

/** One per purchase: a repeated request meets the same workflow. */
export function creditPurchaseWorkflowId(purchaseId: string): string {
  return `credit-purchase:${purchaseId}`;
}

/** Stripe keeps a Checkout Session open for 24 hours: a purchase not paid by then expires. */
export const purchasePaymentDeadlineMs = 24 * 60 * 60 * 1000;
/** The provider is asked again after 2 s, then at doubling intervals up to 5 minutes. */
export const firstPaymentPollMs = 2_000;
export const maxPaymentPollMs = 5 * 60 * 1000;

/** Only ids: the card and the payment's details stay with the engine, out of Temporal's history. */
export interface CreditPurchaseInput {
  purchaseId: string;
  organisationId: string;
}

export type PaymentStatus = 'pending' | 'paid' | 'declined' | 'expired';

/** Where a purchase's payment stands, as the provider says. */
export interface PaymentOutcome {
  status: PaymentStatus;
  /** Why it was declined or expired (the provider's code and words); null otherwise. */
  reason: string | null;
}

/** `paymentConfirmed`: the provider's verified webhook said how the payment ended. */
export interface PaymentConfirmedSignal {
  status: Exclude<PaymentStatus, 'pending'>;
  reason: string | null;
  /** The provider's event id, for the logs. */
  eventId: string;
}

export interface CreditPurchaseResult {
  status: 'granted' | 'declined' | 'expired';
}

/** Activities the credit-purchase workflow calls; implemented by the engine's worker. */
export interface CreditPurchaseActivities {
  /** Asks the payment provider where the purchase's payment stands. No side effect. */
  checkPurchasePayment(input: CreditPurchaseInput): Promise<PaymentOutcome>;
  /**
   * Records a final outcome (paid, declined, expired) on a purchase still pending; once — a
   * purchase no longer pending is left as it is.
   */
  recordPurchasePayment(input: CreditPurchaseInput & { outcome: PaymentOutcome }): Promise<void>;
  /**
   * Adds the credits (the ledger entry keyed `purchase:<id>`) and marks the purchase granted, in
   * one transaction; a second call adds nothing and answers `granted: false`.
   */
  grantPurchase(input: CreditPurchaseInput): Promise<{ granted: boolean }>;
}
