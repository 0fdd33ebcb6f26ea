import type { InboundEvent } from '@parley/connector-sdk';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import type { AccountRef, ChannelDirectory } from '../channels/channel-directory.service.js';
import type { Database } from '../infrastructure/database/database.js';
import { emptyIntakeResult, type IntakeWebhookUseCase } from './intake-webhook.usecase.js';
import { WebhookDeliveries } from './webhook-deliveries.service.js';
import { WebhookStats } from './webhook-stats.service.js';

const account = (id: string, organisationId: string, platformAccountId: string): AccountRef => ({
  id,
  organisationId,
  channel: 'whatsapp',
  platformAccountId,
  parentAccountId: null,
  webhookKey: null,
  enabled: true,
  credentials: null,
});
const served = account('a1', 'org-a', '100000000000001');
const elsewhere = account('b1', 'org-b', '100000000000002');

const status = (channelAccountId: string, wamid: string): InboundEvent => ({
  kind: 'status',
  eventId: `whatsapp:status:${wamid}:read`,
  channelAccountId,
  recipientId: '819000000001',
  platformMessageId: wamid,
  status: 'read',
  occurredAt: '2026-11-28T10:00:05.000Z',
  errors: [],
});

function deliveries() {
  const known = new Map([served, elsewhere].map((ref) => [ref.platformAccountId, ref]));
  const directory = { resolve: async (_channel: string, id: string) => known.get(id) };
  const execute = vi.fn(async (job: { events: InboundEvent[] }) => ({
    ...emptyIntakeResult(),
    statusesRecorded: job.events.length,
  }));
  const service = new WebhookDeliveries(
    directory as unknown as ChannelDirectory,
    { execute } as unknown as IntakeWebhookUseCase,
    {} as Database,
    new WebhookStats(),
    pino({ level: 'silent' }),
  );
  return { service, execute };
}

describe('WebhookDeliveries.replayed', () => {
  it("stores a dead letter's events when every one is for an account of the organisation", async () => {
    const { service, execute } = deliveries();
    const replay = await service.replayed(
      'whatsapp',
      [status(served.platformAccountId, 'wamid.1'), status(served.platformAccountId, 'wamid.2')],
      'org-a',
      undefined,
    );
    expect(replay.stored).toMatchObject({ statusesRecorded: 2, unrouted: 0 });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  it('stores none of them while one is for an account the organisation does not serve', async () => {
    const { service, execute } = deliveries();
    const replay = await service.replayed(
      'whatsapp',
      [status(served.platformAccountId, 'wamid.1'), status(elsewhere.platformAccountId, 'wamid.2')],
      'org-a',
      undefined,
    );
    expect(replay).toEqual({ stored: null, unrouted: 1 });
    expect(execute).not.toHaveBeenCalled();
  });
});
