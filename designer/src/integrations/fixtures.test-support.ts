import type { ChannelAccount } from '@parley/contracts';

/** Builders for unit tests only. */

export function whatsappAccount(
  id: string,
  name: string,
  patch: Partial<ChannelAccount> = {},
): ChannelAccount {
  return {
    id,
    name,
    enabled: true,
    connected: true,
    platformAccountId: '106540352242922',
    connectedAt: '2025-01-01T12:00:00.000Z',
    connectedBy: { id: '33333333-3333-4333-8333-333333333333', name: 'Aiko Tanaka' },
    disabledAt: null,
    disabledBy: null,
    disconnectedAt: null,
    channel: 'whatsapp',
    whatsapp: {
      wabaId: '102290129340398',
      wabaName: 'Tanaka Shoten',
      businessId: null,
      businessName: null,
      displayPhoneNumber: '+81 3-1234-5678',
      verifiedName: 'Tanaka Shoten',
    },
    ...patch,
  } as ChannelAccount;
}
