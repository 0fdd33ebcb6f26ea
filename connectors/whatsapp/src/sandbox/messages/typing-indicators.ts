/** How long a typing indicator shows unless the business replies first (Meta: 25 s). */
export const TYPING_INDICATOR_MS = 25_000;

/**
 * What each customer's phone shows of the business typing: per customer, the business numbers
 * typing to them and until when (sandbox clock). A message from that number ends it early.
 */
export class TypingIndicators {
  private readonly byCustomer = new Map<string, Map<string, number>>();

  start(phoneNumberId: string, waId: string, nowMs: number): void {
    const numbers = this.byCustomer.get(waId) ?? new Map<string, number>();
    numbers.set(phoneNumberId, nowMs + TYPING_INDICATOR_MS);
    this.byCustomer.set(waId, numbers);
  }

  /** The business sent the customer a message: its indicator goes. */
  stop(phoneNumberId: string, waId: string): void {
    this.byCustomer.get(waId)?.delete(phoneNumberId);
  }

  /** The business numbers the customer sees typing now. */
  typingTo(waId: string, nowMs: number): string[] {
    const numbers = this.byCustomer.get(waId) ?? new Map<string, number>();
    return [...numbers].filter(([, untilMs]) => untilMs > nowMs).map(([phoneNumberId]) => phoneNumberId);
  }

  /** The customer changed phone number: what their phone shows follows them. */
  renameCustomer(waId: string, newWaId: string): void {
    const numbers = this.byCustomer.get(waId);
    this.byCustomer.delete(waId);
    if (numbers) this.byCustomer.set(newWaId, numbers);
  }
}
