import { z } from 'zod';

const digits = z.string().regex(/^\d{1,20}$/, 'must be 1 to 20 digits');

export const seedPhoneNumberSchema = z.object({
  id: digits,
  displayPhoneNumber: z.string().min(1),
  verifiedName: z.string().min(1),
  /** Registered numbers can send at once; others need `POST /{phone-number-id}/register` first. */
  registered: z.boolean().default(false),
  /** An existing two-step verification PIN: registering needs this one. */
  pin: z
    .string()
    .regex(/^\d{6}$/, 'must be 6 digits')
    .optional(),
});

export const seedWabaSchema = z.object({
  id: digits,
  name: z.string().min(1),
  /** Whether the app is already subscribed to the WABA's webhooks (`POST /{waba-id}/subscribed_apps`). */
  subscribed: z.boolean().default(false),
  phoneNumbers: z.array(seedPhoneNumberSchema).min(1),
});

/** Businesses, their WhatsApp Business Accounts and phone numbers, as Embedded Signup finds them. */
export const sandboxSeedSchema = z
  .object({
    businesses: z
      .array(z.object({ id: digits, name: z.string().min(1), wabas: z.array(seedWabaSchema).min(1) }))
      .min(1),
  })
  .superRefine((seed, context) => {
    const seen = new Set<string>();
    for (const id of allSeedIds(seed)) {
      if (seen.has(id)) context.addIssue({ code: 'custom', message: `id ${id} is used twice` });
      seen.add(id);
    }
  });
export type SandboxSeed = z.infer<typeof sandboxSeedSchema>;
export type SeedWaba = z.infer<typeof seedWabaSchema>;
export type SeedPhoneNumber = z.infer<typeof seedPhoneNumberSchema>;

function allSeedIds(seed: SandboxSeed): string[] {
  return seed.businesses.flatMap((business) => [
    business.id,
    ...business.wabas.flatMap((waba) => [waba.id, ...waba.phoneNumbers.map((number) => number.id)]),
  ]);
}

export interface ConfiguredNumber {
  businessAccountId: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
}

/**
 * The default world: two businesses, three WABAs and four numbers. The configured number (the one
 * `npm start` uses) is registered, and its WABA subscribed; the others wait for Embedded Signup.
 */
export function defaultSeed(configured: ConfiguredNumber): SandboxSeed {
  return sandboxSeedSchema.parse({
    businesses: [
      {
        id: '200000000000001',
        name: 'Parley Demo Shop',
        wabas: [
          {
            id: configured.businessAccountId,
            name: 'Parley Demo Shop',
            subscribed: true,
            phoneNumbers: [
              {
                id: configured.phoneNumberId,
                displayPhoneNumber: configured.displayPhoneNumber,
                verifiedName: 'Parley Demo Shop',
                registered: true,
              },
              {
                id: '400000000000002',
                displayPhoneNumber: '+1 555 0102',
                verifiedName: 'Parley Demo Support',
              },
            ],
          },
          {
            id: '300000000000001',
            name: 'Parley Demo Shop Japan',
            phoneNumbers: [
              {
                id: '400000000000003',
                displayPhoneNumber: '+81 50 5555 0103',
                verifiedName: 'パーレイ デモ',
              },
            ],
          },
        ],
      },
      {
        id: '200000000000002',
        name: 'Sakura Cafe',
        wabas: [
          {
            id: '300000000000002',
            name: 'Sakura Cafe',
            phoneNumbers: [
              { id: '400000000000004', displayPhoneNumber: '+81 3 5555 0104', verifiedName: 'Sakura Cafe' },
            ],
          },
        ],
      },
    ],
  });
}

/** Why a seed cannot serve the configured number, or undefined when it can. */
export function seedProblem(seed: SandboxSeed, configured: ConfiguredNumber): string | undefined {
  const waba = seed.businesses
    .flatMap((business) => business.wabas)
    .find((candidate) => candidate.id === configured.businessAccountId);
  if (!waba) return `has no WABA ${configured.businessAccountId} (WHATSAPP_BUSINESS_ACCOUNT_ID)`;
  if (!waba.phoneNumbers.some((number) => number.id === configured.phoneNumberId))
    return `has no phone number ${configured.phoneNumberId} (WHATSAPP_PHONE_NUMBER_ID) under WABA ${waba.id}`;
  return undefined;
}
