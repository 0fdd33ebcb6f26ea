import { randomUUID } from 'node:crypto';
import type { TemplateContent } from '@parley/contracts';
import type { TemplatePlatformEvent } from '@parley/workflows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { createOrganisation } from '../testing/fixtures.js';
import { addTimelineEntry, applyPlatformEvent } from './template-timeline.js';

const now = new Date('2026-11-28T12:00:00.000Z');
const content: TemplateContent = {
  category: 'UTILITY',
  header: null,
  body: 'Your order {{1}} ships today.',
  examples: { '1': 'A-1001' },
  footer: '',
  buttons: [],
  authentication: null,
  allowCategoryChange: true,
};

describe('template timeline', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let organisationId: string;
  let templateId: string;

  beforeEach(async () => {
    database = await openTestDatabase();
    organisationId = await createOrganisation(database);
    templateId = randomUUID();
    const at = new Date('2026-11-27T09:00:00.000Z');
    await database
      .sql()
      .insertInto('MessageTemplate')
      .values({
        id: templateId,
        organisation: organisationId,
        wabaId: '100000000000000',
        platformTemplateId: '900001',
        name: 'order_update',
        language: 'en_US',
        category: 'UTILITY',
        status: 'PENDING',
        statusReason: null,
        previousCategory: null,
        upcomingCategory: null,
        components: [],
        content,
        pendingSubmission: null,
        origin: 'parley',
        enabled: true,
        group: null,
        headerFile: null,
        approvedEdits: [],
        syncedAt: null,
        createdBy: null,
        importedAt: at,
        updatedAt: at,
      })
      .execute();
  });
  afterEach(() => database.close());

  const stored = () =>
    database
      .sql()
      .selectFrom('MessageTemplate')
      .selectAll()
      .where('id', '=', templateId)
      .executeTakeFirstOrThrow();
  const timeline = () =>
    database
      .sql()
      .selectFrom('TemplateEvent')
      .select(['kind', 'status', 'reason', 'category', 'previousCategory', 'source', 'eventKey'])
      .where('template', '=', templateId)
      .orderBy('occurredAt')
      .execute();
  /** Applies the event to the template as it is stored now, as the workflow's activity does. */
  const apply = async (
    event: Omit<TemplatePlatformEvent, 'source' | 'occurredAt'> & Partial<TemplatePlatformEvent>,
  ) => {
    const row = await stored();
    return applyPlatformEvent(
      database.sql(),
      {
        id: row.id,
        organisationId,
        status: row.status,
        category: row.category,
        content: row.content ?? null,
      },
      { source: 'webhook', occurredAt: now.toISOString(), ...event },
      now,
    );
  };

  it('records a rejection with its reason, then an approval that clears it', async () => {
    expect(
      await apply({
        eventKey: 'whatsapp:template:900001:REJECTED',
        kind: 'status',
        status: 'REJECTED',
        reason: 'INVALID_FORMAT',
      }),
    ).toBe('REJECTED');
    expect(await stored()).toMatchObject({ status: 'REJECTED', statusReason: 'INVALID_FORMAT' });
    expect(new Date((await stored()).syncedAt!).toISOString()).toBe(now.toISOString());

    expect(
      await apply({
        eventKey: 'whatsapp:template:900001:APPROVED',
        kind: 'status',
        status: 'APPROVED',
        reason: 'NONE',
      }),
    ).toBe('APPROVED');
    expect(await stored()).toMatchObject({ status: 'APPROVED', statusReason: null });
    expect(await timeline()).toEqual([
      expect.objectContaining({
        kind: 'status',
        status: 'REJECTED',
        reason: 'INVALID_FORMAT',
        source: 'webhook',
      }),
      // WhatsApp's NONE is no reason
      expect.objectContaining({ kind: 'status', status: 'APPROVED', reason: null }),
    ]);
  });

  it('keeps a pause’s reason and turns REINSTATED into APPROVED, keeping WhatsApp’s word on the timeline', async () => {
    await apply({ eventKey: 'k:paused', kind: 'status', status: 'PAUSED', reason: 'LOW_QUALITY' });
    expect(await stored()).toMatchObject({ status: 'PAUSED', statusReason: 'LOW_QUALITY' });
    expect(await apply({ eventKey: 'k:reinstated', kind: 'status', status: 'REINSTATED' })).toBe('APPROVED');
    expect(await stored()).toMatchObject({ status: 'APPROVED', statusReason: null });
    expect((await timeline()).map((entry) => entry.status)).toEqual(['PAUSED', 'REINSTATED']);
  });

  it('acts on an event once: a redelivery with the same key is ignored and answers undefined', async () => {
    const event = {
      eventKey: 'whatsapp:template:900001:REJECTED',
      kind: 'status',
      status: 'REJECTED',
      reason: 'SCAM',
    } as const;
    expect(await apply(event)).toBe('REJECTED');
    await apply({ eventKey: 'later:approved', kind: 'status', status: 'APPROVED' });
    expect(await apply(event)).toBeUndefined();
    // the redelivered rejection did not undo the later approval
    expect(await stored()).toMatchObject({ status: 'APPROVED', statusReason: null });
    expect(await timeline()).toHaveLength(2);
  });

  it('keeps an announced category as upcoming, without changing the template', async () => {
    expect(
      await apply({ eventKey: 'cat:announced', kind: 'category', phase: 'announced', category: 'marketing' }),
    ).toBe('PENDING');
    expect(await stored()).toMatchObject({
      category: 'UTILITY',
      upcomingCategory: 'MARKETING',
      previousCategory: null,
    });
    expect((await stored()).content).toEqual(content);
    expect(await timeline()).toEqual([
      // in WhatsApp's case or not, the timeline keeps the category as Parley names it
      expect.objectContaining({
        kind: 'category_announced',
        category: 'MARKETING',
        previousCategory: 'UTILITY',
      }),
    ]);
  });

  it('applies a changed category: the category, the one before, no upcoming one, and the content follows', async () => {
    await apply({ eventKey: 'cat:announced', kind: 'category', phase: 'announced', category: 'MARKETING' });
    await apply({
      eventKey: 'cat:changed',
      kind: 'category',
      phase: 'changed',
      category: 'MARKETING',
      previousCategory: 'UTILITY',
    });
    const row = await stored();
    expect(row).toMatchObject({ category: 'MARKETING', previousCategory: 'UTILITY', upcomingCategory: null });
    expect(row.content).toEqual({ ...content, category: 'MARKETING' });
    expect((await timeline()).map((entry) => entry.kind)).toEqual(['category_announced', 'category_changed']);
  });

  it('takes the stored category as the one before when WhatsApp does not say', async () => {
    await apply({ eventKey: 'cat:changed', kind: 'category', category: 'MARKETING' });
    expect(await stored()).toMatchObject({ category: 'MARKETING', previousCategory: 'UTILITY' });
    expect(await timeline()).toEqual([
      expect.objectContaining({
        kind: 'category_changed',
        category: 'MARKETING',
        previousCategory: 'UTILITY',
      }),
    ]);
  });

  it('addTimelineEntry answers whether the entry was new', async () => {
    const entry = {
      organisationId,
      templateId,
      kind: 'status',
      source: 'poll' as const,
      status: 'APPROVED',
      eventKey: 'poll:1',
      occurredAt: now,
    };
    expect(await addTimelineEntry(database.sql(), entry)).toBe(true);
    expect(await addTimelineEntry(database.sql(), entry)).toBe(false);
    // entries without a key (a person's actions) are never duplicates of each other
    const person = {
      organisationId,
      templateId,
      kind: 'disabled',
      source: 'person' as const,
      occurredAt: now,
    };
    expect(await addTimelineEntry(database.sql(), person)).toBe(true);
    expect(await addTimelineEntry(database.sql(), person)).toBe(true);
    expect(await timeline()).toHaveLength(3);
  });
});
