import type { PhoneNumberRecord } from './directory.js';

/**
 * A phone number as `GET /{waba-id}/phone_numbers` and `GET /{phone-number-id}` show it. `status`
 * uses the spec's values (its enum has no CONNECTED): LINKED once registered, else PENDING.
 */
export function phoneNumberView(number: PhoneNumberRecord) {
  return {
    id: number.id,
    display_phone_number: number.displayPhoneNumber,
    verified_name: number.verifiedName,
    status: number.registered ? 'LINKED' : 'PENDING',
    quality_rating: 'GREEN',
    code_verification_status: 'VERIFIED',
    account_mode: 'LIVE',
    host_platform: 'CLOUD_API',
    messaging_limit_tier: 'TIER_250',
    is_official_business_account: false,
  };
}
