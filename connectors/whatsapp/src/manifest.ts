import type { ConnectorManifest } from '@parley/connector-sdk';

export const whatsappManifest = {
  id: 'whatsapp',
  displayName: 'WhatsApp Business (Cloud API)',
  customerServiceWindowHours: 24,
} as const satisfies ConnectorManifest;
