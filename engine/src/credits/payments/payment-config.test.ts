import { describe, expect, it } from 'vitest';
import { parseConfig, redactedConfig } from '../../infrastructure/config/config.schema.js';
import { paymentProviderFor } from './payment-provider.factory.js';

describe('payment configuration', () => {
  it('takes the sandbox by default, its 3-D Secure card pending for 5 seconds', () => {
    const config = parseConfig({});
    expect(config.PAYMENT_PROVIDER).toBe('sandbox');
    expect(config.SANDBOX_PAYMENT_PENDING_MS).toBe(5_000);
    expect(paymentProviderFor(config).id).toBe('sandbox');
  });

  it('refuses to boot with Stripe and no secret key', () => {
    expect(() => parseConfig({ PAYMENT_PROVIDER: 'stripe' })).toThrow(
      /STRIPE_SECRET_KEY: is required when PAYMENT_PROVIDER=stripe/,
    );
    expect(() => parseConfig({ PAYMENT_PROVIDER: 'paypal' })).toThrow(/PAYMENT_PROVIDER/);
    expect(() => parseConfig({ STRIPE_API_URL: 'stripe-mock:12111' })).toThrow(/STRIPE_API_URL/);
  });

  it('builds the Stripe provider from its key, and never logs the key or the webhook secret', () => {
    const config = parseConfig({
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_secret',
      STRIPE_WEBHOOK_SECRET: 'whsec_secret',
      STRIPE_API_URL: 'http://127.0.0.1:12111',
    });
    expect(paymentProviderFor(config).id).toBe('stripe');
    const logged = JSON.stringify(redactedConfig(config));
    expect(logged).not.toContain('sk_test_secret');
    expect(logged).not.toContain('whsec_secret');
  });
});
