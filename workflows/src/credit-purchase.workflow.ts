import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  defineSignal,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type {
  CreditPurchaseActivities,
  CreditPurchaseInput,
  CreditPurchaseResult,
  PaymentConfirmedSignal,
  PaymentOutcome,
  PaymentStatus,
} from './credit-purchase.contract.js';
import {
  firstPaymentPollMs,
  maxPaymentPollMs,
  paymentConfirmedSignalName,
  purchaseGoneFailureType,
  purchasePaymentDeadlineMs,
} from './credit-purchase.contract.js';

export const paymentConfirmedSignal = defineSignal<[PaymentConfirmedSignal]>(paymentConfirmedSignalName);

// Asking the provider meets its outages: a bounded retry, then the next poll asks again.
const polling = proxyActivities<CreditPurchaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 4,
    nonRetryableErrorTypes: [purchaseGoneFailureType],
  },
});
// The last word before expiring, and Parley's own database: retried until they answer, so a
// payment made is never dropped.
const persistent = proxyActivities<CreditPurchaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '5 minutes',
    nonRetryableErrorTypes: [purchaseGoneFailureType],
  },
});

type FinalOutcome = PaymentOutcome & { status: Exclude<PaymentStatus, 'pending'> };
const notPaidInTime: FinalOutcome = { status: 'expired', reason: 'not paid within 24 hours' };
const isFinal = (outcome: PaymentOutcome): outcome is FinalOutcome => outcome.status !== 'pending';

/**
 * One purchase of credits, after the engine has charged the card or opened the Checkout Session:
 * waits for the payment's outcome — the provider's webhook (a signal) or polls of the provider,
 * after 2 s and at doubling intervals up to 5 minutes — for up to 24 hours, records it, and grants
 * the credits once when paid. Only the first outcome counts: a second confirmation, or one that
 * comes while the credits are granted, changes nothing. About 300 polls at most: no continue-as-new.
 */
export async function creditPurchaseWorkflow(input: CreditPurchaseInput): Promise<CreditPurchaseResult> {
  let confirmed: FinalOutcome | undefined;
  setHandler(paymentConfirmedSignal, ({ status, reason }) => {
    confirmed ??= { status, reason };
  });

  const outcome = await paymentOutcome(input, () => confirmed);
  await persistent.recordPurchasePayment({ ...input, outcome });
  if (outcome.status !== 'paid') return { status: outcome.status };
  await persistent.grantPurchase(input);
  return { status: 'granted' };
}

/** The first final word on the payment: a confirmation, a poll's answer, or expiry at the deadline. */
async function paymentOutcome(
  input: CreditPurchaseInput,
  confirmed: () => FinalOutcome | undefined,
): Promise<FinalOutcome> {
  const deadline = Date.now() + purchasePaymentDeadlineMs;
  let delay = firstPaymentPollMs;
  for (;;) {
    const left = deadline - Date.now();
    // At the deadline the provider must answer: a payment made in time is never dropped.
    const outcome =
      confirmed() ?? (left > 0 ? await poll(input) : await persistent.checkPurchasePayment(input));
    if (isFinal(outcome)) return outcome;
    if (left <= 0) return notPaidInTime;
    await condition(() => confirmed() !== undefined, Math.min(delay, left));
    delay = Math.min(delay * 2, maxPaymentPollMs);
  }
}

/** The provider's answer; one it could not give (an outage beyond the retries) is pending. */
async function poll(input: CreditPurchaseInput): Promise<PaymentOutcome> {
  try {
    return await polling.checkPurchasePayment(input);
  } catch (error) {
    if (error instanceof ActivityFailure && !isGone(error)) return { status: 'pending', reason: null };
    throw error;
  }
}

function isGone(error: ActivityFailure): boolean {
  return error.cause instanceof ApplicationFailure && error.cause.type === purchaseGoneFailureType;
}
