import type { FactoryProvider } from '@nestjs/common';
import { APP_CONFIG } from '../../infrastructure/config/config.module.js';
import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import type { PaymentProvider } from './payment-provider.js';
import { SandboxPaymentProvider } from './sandbox-payment-provider.js';
import { StripePaymentProvider, stripeClient } from './stripe-payment-provider.js';

/** The injection token of the payment provider PAYMENT_PROVIDER names. */
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** The provider PAYMENT_PROVIDER names, built from its settings (the config refuses Stripe without a key). */
export function paymentProviderFor(config: AppConfig): PaymentProvider {
  switch (config.PAYMENT_PROVIDER) {
    case 'stripe':
      return new StripePaymentProvider(stripeClient(config.STRIPE_SECRET_KEY!, config.STRIPE_API_URL), {
        webhookSecret: config.STRIPE_WEBHOOK_SECRET,
        publicUrl: config.PUBLIC_URL,
      });
    case 'sandbox':
      return new SandboxPaymentProvider(config.SANDBOX_PAYMENT_PENDING_MS);
  }
}

export const paymentProvider: FactoryProvider<PaymentProvider> = {
  provide: PAYMENT_PROVIDER,
  inject: [APP_CONFIG],
  useFactory: paymentProviderFor,
};
