import type { Directory } from './onboarding/directory.js';
import type { Delivery, WebhookSender } from './webhook-sender.js';

/**
 * Posts a WABA's webhooks the way Meta does: only while an app is subscribed to the WABA
 * (`POST /{waba-id}/subscribed_apps`), to the subscription's override callback URL if it set one.
 */
export class WabaWebhooks {
  constructor(
    private readonly directory: Directory,
    private readonly sender: WebhookSender,
  ) {}

  /** The delivery, or undefined when nobody is subscribed to the WABA. */
  publish(wabaId: string, payload: unknown): Delivery | undefined {
    const subscription = this.directory.wabas.get(wabaId)?.subscription;
    if (!subscription) return undefined;
    return this.sender.deliver(payload, subscription.overrideCallbackUri);
  }
}
