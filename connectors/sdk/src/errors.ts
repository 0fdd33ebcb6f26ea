/** A send the platform refused or could not take. `retryable` says whether trying again may succeed. */
export class ConnectorSendError extends Error {
  override readonly name = 'ConnectorSendError';
  constructor(
    message: string,
    readonly platformCode: string,
    readonly retryable: boolean,
    readonly httpStatus?: number,
    /** When the platform says how long to wait (rate limits), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A webhook body that is valid JSON but not a payload of this channel. */
export class WebhookPayloadError extends Error {
  override readonly name = 'WebhookPayloadError';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}
