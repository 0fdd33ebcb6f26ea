import { randomUUID } from 'node:crypto';
import {
  createTemplateSchema,
  editTemplateSchema,
  type InboxEvent,
  type TemplateContent,
} from '@parley/contracts';
import type { SubmittedTemplate } from '@parley/workflows';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.js';
import type { AccountRef } from '../channels/channel-directory.service.js';
import { openTestDatabase } from '../infrastructure/database/test-database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';
import { InboxPublisher } from '../inbox/inbox-publisher.service.js';
import { createAccount, createOrganisation, createUser } from '../testing/fixtures.js';
import { toMetaComponents } from './meta-components.js';
import type { PendingSubmission } from './template-activities.js';
import type { TemplateSync } from './template-sync.service.js';
import { addTimelineEntry } from './template-timeline.js';
import type { TemplateRef, TemplateWorkflows } from './template-workflows.service.js';
import { TemplatesUseCase } from './templates.usecases.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
const hourMs = 60 * 60 * 1000;

/**
 * The template-lifecycle workflow without Temporal: records each call and, on submit, writes what
 * the submit activity would (WhatsApp's id and PENDING for a new template, the pending edit applied
 * for an edit), or throws `failWith`.
 */
class FakeWorkflows {
  readonly calls: { method: string; template: TemplateRef }[] = [];
  failWith: unknown;
  private platformIds = 0;

  constructor(private readonly database: Database) {}

  async submit(template: TemplateRef): Promise<SubmittedTemplate> {
    this.calls.push({ method: 'submit', template });
    if (this.failWith) throw this.failWith;
    const sql = this.database.sql();
    const row = await sql
      .selectFrom('MessageTemplate')
      .selectAll()
      .where('id', '=', template.id)
      .executeTakeFirstOrThrow();
    const pending = row.pendingSubmission as PendingSubmission | null;
    const now = new Date();
    const platformTemplateId = row.platformTemplateId ?? String((this.platformIds += 1));
    const content = pending?.content ?? (row.content as TemplateContent);
    await sql
      .updateTable('MessageTemplate')
      .set({
        platformTemplateId,
        status: 'PENDING',
        category: content.category,
        content,
        components: toMetaComponents(content),
        pendingSubmission: null,
        ...(pending ? { headerFile: pending.headerFileId } : {}),
        approvedEdits:
          pending && row.status === 'APPROVED'
            ? [...row.approvedEdits, now.toISOString()]
            : row.approvedEdits,
        syncedAt: now,
        updatedAt: now,
      })
      .where('id', '=', template.id)
      .execute();
    return { status: 'PENDING', platformTemplateId };
  }

  async delete(template: TemplateRef) {
    this.calls.push({ method: 'delete', template });
    return { nameHeldUntil: null };
  }

  async unpause(template: TemplateRef) {
    this.calls.push({ method: 'unpause', template });
  }
}

/** The ApiError `promise` fails with, as its status and body. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return {
    status: error.getStatus(),
    ...(error.getResponse() as { code: string; message: string; issues?: { path: string }[] }),
  };
}

describe('TemplatesUseCase', () => {
  let database: Database;
  let workflows: FakeWorkflows;
  let events: InboxEvent[];
  let templates: TemplatesUseCase;
  let organisationId: string;
  let caller: Caller;
  let account: AccountRef;
  let stopListening: () => void;

  beforeEach(async () => {
    database = await openTestDatabase();
    workflows = new FakeWorkflows(database);
    const inboxEvents = new InboxEvents();
    templates = new TemplatesUseCase(
      database,
      workflows as unknown as TemplateWorkflows,
      new InboxPublisher(database, inboxEvents),
      {} as TemplateSync,
    );
    organisationId = await createOrganisation(database);
    caller = await createUser(database, organisationId);
    account = await createAccount(database, organisationId);
    events = [];
    stopListening = inboxEvents.subscribe(organisationId, (event) => events.push(event));
  });
  afterEach(async () => {
    stopListening();
    await database.close();
  });

  const createInput = (overrides: Record<string, unknown> = {}) =>
    createTemplateSchema.parse({
      channelAccountId: account.id,
      name: 'order_update',
      language: 'en_US',
      groupId: null,
      newGroupName: '',
      category: 'UTILITY',
      header: null,
      body: 'Your order {{1}} ships today.',
      examples: { '1': 'A-1001' },
      footer: '',
      buttons: [],
      authentication: null,
      allowCategoryChange: false,
      ...overrides,
    });
  const editInput = (overrides: Record<string, unknown> = {}) =>
    editTemplateSchema.parse({
      groupId: null,
      newGroupName: '',
      category: 'UTILITY',
      header: null,
      body: 'Your order {{1}} ships tomorrow.',
      examples: { '1': 'A-1001' },
      footer: 'Parley Shop',
      buttons: [],
      authentication: null,
      allowCategoryChange: false,
      ...overrides,
    });
  const stored = (id: string) =>
    database.sql().selectFrom('MessageTemplate').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const setStored = (id: string, values: { status?: string; approvedEdits?: string[]; category?: string }) =>
    database.sql().updateTable('MessageTemplate').set(values).where('id', '=', id).execute();
  const addFile = async (format: string, mimeType: string, owner = organisationId) => {
    const id = randomUUID();
    await database
      .sql()
      .insertInto('LibraryFile')
      .values({
        id,
        organisation: owner,
        filename: `header.${format.toLowerCase()}`,
        mimeType,
        format,
        sizeBytes: 3,
        sha256: '0'.repeat(64),
        platformMedia: {},
        createdBy: null,
        createdAt: new Date(),
      })
      .execute();
    return id;
  };
  const audit = () =>
    database
      .sql()
      .selectFrom('AuditEntry')
      .select(['action', 'targetId', 'actorUser', 'before', 'after'])
      .where('organisation', '=', organisationId)
      .orderBy('at')
      .execute();

  describe('create', () => {
    it('stores the template as SUBMITTING, submits it and answers with what WhatsApp said', async () => {
      const template = await templates.create(caller, createInput());
      expect(workflows.calls).toEqual([
        {
          method: 'submit',
          template: { id: template.id, wabaId: account.parentAccountId, status: 'SUBMITTING' },
        },
      ]);
      expect(template).toMatchObject({
        name: 'order_update',
        language: 'en_US',
        wabaId: account.parentAccountId,
        status: 'PENDING',
        platformTemplateId: '1',
        origin: 'parley',
        enabled: true,
        group: null,
        createdBy: { id: caller.userId },
        edit: { allowed: false, reason: 'STATUS' },
      });
      expect(template.content).toMatchObject({ category: 'UTILITY', body: 'Your order {{1}} ships today.' });
      expect(await audit()).toEqual([
        expect.objectContaining({
          action: 'template.created',
          targetId: template.id,
          actorUser: caller.userId,
          after: { category: 'UTILITY', groupId: null },
        }),
      ]);
      // live clients hear of it
      expect(events).toContainEqual({
        type: 'template.upserted',
        template: expect.objectContaining({ id: template.id }),
      });
    });

    it('stores it as SUBMITTING before asking the workflow', async () => {
      let seen: string | undefined;
      const submit = workflows.submit.bind(workflows);
      workflows.submit = async (template) => {
        seen = (await stored(template.id)).status;
        return submit(template);
      };
      const template = await templates.create(caller, createInput());
      expect(seen).toBe('SUBMITTING');
      expect((await stored(template.id)).content).toMatchObject({ body: 'Your order {{1}} ships today.' });
    });

    it('keeps the template SUBMITTING when Temporal is away (the hourly sync submits it later)', async () => {
      workflows.failWith = new ApiError(503, 'TEMPORAL_UNAVAILABLE', 'not reachable');
      const template = await templates.create(caller, createInput());
      expect(template).toMatchObject({ status: 'SUBMITTING', platformTemplateId: null });
    });

    it('passes WhatsApp’s refusal on', async () => {
      workflows.failWith = new ApiError(422, 'PLATFORM_REFUSED', 'Invalid parameter');
      expect(await refusal(templates.create(caller, createInput()))).toMatchObject({
        status: 422,
        code: 'PLATFORM_REFUSED',
      });
    });

    it('refuses a second template of the same name and language (409 TEMPLATE_EXISTS on name)', async () => {
      await templates.create(caller, createInput());
      const error = await refusal(templates.create(caller, createInput({ newGroupName: 'Orders' })));
      expect(error).toMatchObject({ status: 409, code: 'TEMPLATE_EXISTS', issues: [{ path: 'name' }] });
      expect(error.message).toContain('order_update in en_US');
      expect(workflows.calls).toHaveLength(1);
      // the refused create left nothing behind, not even its new group
      expect(await database.sql().selectFrom('TemplateGroup').selectAll().execute()).toEqual([]);
      // another language is another template
      expect((await templates.create(caller, createInput({ language: 'ja' }))).language).toBe('ja');
    });

    it('refuses a name WhatsApp still holds after a deletion (409 NAME_HELD), but not once the hold ended', async () => {
      const heldUntil = new Date(Date.now() + 10 * 24 * hourMs);
      const hold = {
        organisation: organisationId,
        wabaId: account.parentAccountId!,
        name: 'order_update',
        language: 'en_US',
      };
      await database
        .sql()
        .insertInto('TemplateNameHold')
        .values([
          { id: randomUUID(), ...hold, heldUntil },
          { id: randomUUID(), ...hold, language: 'ja', heldUntil: new Date(Date.now() - hourMs) },
        ])
        .execute();
      const error = await refusal(templates.create(caller, createInput()));
      expect(error).toMatchObject({ status: 409, code: 'NAME_HELD', issues: [{ path: 'name' }] });
      expect(error.message).toContain(heldUntil.toISOString());
      expect(workflows.calls).toEqual([]);
      expect((await templates.create(caller, createInput({ language: 'ja' }))).status).toBe('PENDING');
    });

    it('takes a header file of the organisation’s library in the header’s format', async () => {
      const image = await addFile('IMAGE', 'image/png');
      const template = await templates.create(
        caller,
        createInput({ header: { format: 'IMAGE', fileId: image } }),
      );
      expect(template.headerFile).toMatchObject({
        id: image,
        filename: 'header.image',
        mimeType: 'image/png',
      });
    });

    it('refuses a header file of another organisation, or of another format (400 on header.fileId)', async () => {
      const otherOrganisation = await createOrganisation(database, 'premium', 'Other Shop');
      const foreign = await addFile('IMAGE', 'image/png', otherOrganisation);
      const pdf = await addFile('DOCUMENT', 'application/pdf');
      const notOurs = await refusal(
        templates.create(caller, createInput({ header: { format: 'IMAGE', fileId: foreign } })),
      );
      expect(notOurs).toMatchObject({
        status: 400,
        code: 'INVALID_INPUT',
        issues: [{ path: 'header.fileId' }],
      });
      const wrongFormat = await refusal(
        templates.create(caller, createInput({ header: { format: 'IMAGE', fileId: pdf } })),
      );
      expect(wrongFormat).toMatchObject({
        status: 400,
        code: 'INVALID_INPUT',
        message: 'header.fileId: the file is not an image',
        issues: [{ path: 'header.fileId' }],
      });
      expect(await database.sql().selectFrom('MessageTemplate').selectAll().execute()).toEqual([]);
    });

    it('creates the group a new group name names, and reuses it when it exists', async () => {
      const first = await templates.create(caller, createInput({ newGroupName: 'Orders' }));
      expect(first.group).toEqual({ id: expect.any(String), name: 'Orders' });
      const second = await templates.create(
        caller,
        createInput({ name: 'order_shipped', newGroupName: 'Orders' }),
      );
      expect(second.group).toEqual(first.group);
      expect(await database.sql().selectFrom('TemplateGroup').select('name').execute()).toEqual([
        { name: 'Orders' },
      ]);
      const chosen = await templates.create(
        caller,
        createInput({ name: 'order_late', groupId: first.group!.id }),
      );
      expect(chosen.group).toEqual(first.group);
    });

    it('refuses a group or a channel account of another organisation', async () => {
      const otherOrganisation = await createOrganisation(database, 'premium', 'Other Shop');
      const otherCaller = await createUser(database, otherOrganisation);
      const otherAccount = await createAccount(database, otherOrganisation, {
        platformAccountId: '200000000000001',
        parentAccountId: '200000000000000',
      });
      const theirs = await templates.create(
        otherCaller,
        createInput({ channelAccountId: otherAccount.id, newGroupName: 'Theirs' }),
      );
      expect(
        await refusal(templates.create(caller, createInput({ groupId: theirs.group!.id }))),
      ).toMatchObject({ status: 400, issues: [{ path: 'groupId' }] });
      expect(
        await refusal(templates.create(caller, createInput({ channelAccountId: otherAccount.id }))),
      ).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    });

    it('refuses a Telegram account: templates are WhatsApp’s', async () => {
      const telegram = await createAccount(database, organisationId, {
        channel: 'telegram',
        platformAccountId: '7000001',
      });
      expect(
        await refusal(templates.create(caller, createInput({ channelAccountId: telegram.id }))),
      ).toMatchObject({ status: 400, code: 'INVALID_INPUT', issues: [{ path: 'channelAccountId' }] });
    });
  });

  describe('edit', () => {
    let id: string;
    beforeEach(async () => {
      id = (await templates.create(caller, createInput())).id;
      workflows.calls.length = 0;
    });

    it('refuses a template WhatsApp is still reviewing (409 EDIT_NOT_ALLOWED)', async () => {
      const error = await refusal(templates.edit(caller, id, editInput()));
      expect(error).toMatchObject({
        status: 409,
        code: 'EDIT_NOT_ALLOWED',
        message: 'a pending template cannot be edited; only approved, rejected or paused ones',
      });
      expect(workflows.calls).toEqual([]);
    });

    it('refuses an approved template edited an hour ago, saying from when it can be edited', async () => {
      const lastEdit = new Date(Date.now() - hourMs);
      await setStored(id, { status: 'APPROVED', approvedEdits: [lastEdit.toISOString()] });
      const error = await refusal(templates.edit(caller, id, editInput()));
      const from = new Date(lastEdit.getTime() + 24 * hourMs).toISOString();
      expect(error).toMatchObject({
        status: 409,
        code: 'EDIT_NOT_ALLOWED',
        message: `an approved template can be edited once in 24 hours; it can be edited again from ${from}`,
      });
      expect((await stored(id)).pendingSubmission).toBeNull();
    });

    it('submits an edit of an approved template last edited 25 hours ago', async () => {
      const lastEdit = new Date(Date.now() - 25 * hourMs).toISOString();
      await setStored(id, { status: 'APPROVED', approvedEdits: [lastEdit] });
      const edited = await templates.edit(caller, id, editInput({ newGroupName: 'Orders' }));
      expect(workflows.calls).toEqual([
        { method: 'submit', template: { id, wabaId: account.parentAccountId, status: 'APPROVED' } },
      ]);
      expect(edited).toMatchObject({ status: 'PENDING', group: { name: 'Orders' } });
      expect(edited.content).toMatchObject({
        body: 'Your order {{1}} ships tomorrow.',
        footer: 'Parley Shop',
      });
      const row = await stored(id);
      expect(row.approvedEdits).toHaveLength(2);
      expect(row.approvedEdits[0]).toBe(lastEdit);
      expect(await audit()).toContainEqual(
        expect.objectContaining({
          action: 'template.edited',
          targetId: id,
          before: { category: 'UTILITY', status: 'APPROVED' },
          after: { category: 'UTILITY' },
        }),
      );
    });

    it('keeps an approved template’s category (409 CATEGORY_LOCKED)', async () => {
      await setStored(id, { status: 'APPROVED' });
      const error = await refusal(templates.edit(caller, id, editInput({ category: 'MARKETING' })));
      expect(error).toMatchObject({
        status: 409,
        code: 'CATEGORY_LOCKED',
        issues: [{ path: 'category', message: 'an approved template stays UTILITY' }],
      });
      expect(workflows.calls).toEqual([]);
    });

    it('edits a rejected template freely, its category too, as often as wanted', async () => {
      await setStored(id, {
        status: 'REJECTED',
        approvedEdits: [new Date(Date.now() - hourMs).toISOString()],
      });
      const edited = await templates.edit(caller, id, editInput({ category: 'MARKETING' }));
      expect(edited).toMatchObject({ status: 'PENDING' });
      expect(edited.content?.category).toBe('MARKETING');
      expect((await stored(id)).category).toBe('MARKETING');
      await setStored(id, { status: 'REJECTED' });
      expect(
        (await templates.edit(caller, id, editInput({ category: 'MARKETING', footer: 'Again' }))).content
          ?.footer,
      ).toBe('Again');
    });

    it('refuses an imported template Parley cannot represent', async () => {
      await database
        .sql()
        .updateTable('MessageTemplate')
        .set({ status: 'APPROVED', content: null })
        .where('id', '=', id)
        .execute();
      expect(await refusal(templates.edit(caller, id, editInput()))).toMatchObject({
        status: 409,
        code: 'EDIT_NOT_ALLOWED',
      });
    });
  });

  describe('setEnabled', () => {
    it('turns a template off and on, with timeline and audit entries, once per change', async () => {
      const { id } = await templates.create(caller, createInput());
      events.length = 0;
      expect((await templates.setEnabled(caller, id, false)).enabled).toBe(false);
      expect((await templates.setEnabled(caller, id, false)).enabled).toBe(false);
      expect((await templates.setEnabled(caller, id, true)).enabled).toBe(true);
      const detail = await templates.get(caller, id);
      expect(detail.timeline.map((entry) => [entry.kind, entry.source, entry.actor?.id])).toEqual(
        expect.arrayContaining([
          ['disabled', 'person', caller.userId],
          ['enabled', 'person', caller.userId],
        ]),
      );
      expect(
        detail.timeline.filter((entry) => entry.kind === 'disabled' || entry.kind === 'enabled'),
      ).toHaveLength(2);
      const entries = (await audit()).filter((entry) => entry.action !== 'template.created');
      expect(entries).toEqual([
        expect.objectContaining({
          action: 'template.disabled',
          targetId: id,
          before: { enabled: true },
          after: { enabled: false },
        }),
        expect.objectContaining({
          action: 'template.enabled',
          targetId: id,
          before: { enabled: false },
          after: { enabled: true },
        }),
      ]);
      expect(events.map((event) => event.type === 'template.upserted' && event.template.enabled)).toEqual([
        false,
        true,
      ]);
    });
  });

  describe('scoping', () => {
    it('shows and changes only the caller’s organisation’s templates', async () => {
      const { id } = await templates.create(caller, createInput());
      const otherOrganisation = await createOrganisation(database, 'premium', 'Other Shop');
      const stranger = await createUser(database, otherOrganisation);
      expect(await templates.list(stranger, {})).toEqual([]);
      expect((await templates.list(caller, {})).map((template) => template.id)).toEqual([id]);
      await setStored(id, { status: 'APPROVED' });
      for (const attempt of [
        () => templates.get(stranger, id),
        () => templates.edit(stranger, id, editInput()),
        () => templates.setEnabled(stranger, id, false),
        () => templates.unpause(stranger, id),
        () => templates.remove(stranger, id),
      ])
        expect(await refusal(attempt())).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(workflows.calls.map((call) => call.method)).toEqual(['submit']);
      expect((await stored(id)).pendingSubmission).toBeNull();
      expect(Boolean((await stored(id)).enabled)).toBe(true);
    });
  });

  describe('get, list and remove', () => {
    it('gives the timeline newest first, and filters the list', async () => {
      const first = await templates.create(caller, createInput());
      await templates.create(caller, createInput({ name: 'promo', category: 'MARKETING' }));
      await addTimelineEntry(database.sql(), {
        organisationId,
        templateId: first.id,
        kind: 'status',
        source: 'webhook',
        status: 'APPROVED',
        eventKey: 'k1',
        occurredAt: new Date(Date.now() + hourMs),
      });
      const detail = await templates.get(caller, first.id);
      expect(detail.timeline[0]).toMatchObject({ kind: 'status', status: 'APPROVED', source: 'webhook' });
      expect(
        (await templates.list(caller, { category: 'MARKETING' })).map((template) => template.name),
      ).toEqual(['promo']);
      expect(
        (await templates.list(caller, { channelAccountId: account.id })).map((template) => template.name),
      ).toEqual(['order_update', 'promo']);
    });

    it('deletes through the workflow and records it', async () => {
      const { id } = await templates.create(caller, createInput());
      expect(await templates.remove(caller, id)).toEqual({ nameHeldUntil: null });
      expect(workflows.calls.at(-1)).toEqual({
        method: 'delete',
        template: { id, wabaId: account.parentAccountId, status: 'PENDING' },
      });
      expect((await audit()).map((entry) => entry.action)).toEqual(['template.created', 'template.deleted']);
    });

    it('unpauses only a paused template', async () => {
      const { id } = await templates.create(caller, createInput());
      expect(await refusal(templates.unpause(caller, id))).toMatchObject({ status: 409, code: 'NOT_PAUSED' });
      await setStored(id, { status: 'PAUSED' });
      await templates.unpause(caller, id);
      expect(workflows.calls.at(-1)).toMatchObject({ method: 'unpause', template: { id, status: 'PAUSED' } });
    });
  });
});
