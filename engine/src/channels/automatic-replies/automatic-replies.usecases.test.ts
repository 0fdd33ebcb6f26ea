import { randomUUID } from 'node:crypto';
import { defaultAutomaticReplies, type TemplateContent } from '@parley/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../auth/caller.js';
import { openTestDatabase } from '../../infrastructure/database/test-database.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { createAccount, createOrganisation, createUser } from '../../testing/fixtures.js';
import type { AccountRef } from '../channel-directory.service.js';
import { AutomaticRepliesController } from './automatic-replies.controller.js';
import { AutomaticRepliesStore, automaticRepliesCacheMs } from './automatic-replies.store.js';
import { GetAutomaticRepliesUseCase } from './get-automatic-replies.usecase.js';
import { UpdateAutomaticRepliesUseCase } from './update-automatic-replies.usecase.js';

type Database = Awaited<ReturnType<typeof openTestDatabase>>;
const content: TemplateContent = {
  category: 'UTILITY',
  header: null,
  body: 'We will answer your question {{1}} soon.',
  examples: { '1': 'A-1001' },
  footer: '',
  buttons: [],
  authentication: null,
  allowCategoryChange: false,
};

/** The ApiError `promise` fails with, as its status and body. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return { status: error.getStatus(), ...(error.getResponse() as { code: string; message: string }) };
}

describe('automatic replies', () => {
  let database: Database;
  let store: AutomaticRepliesStore;
  let controller: AutomaticRepliesController;
  let organisationId: string;
  let caller: Caller;
  let account: AccountRef;
  let templateId: string;

  const addTemplate = async (owner: string, wabaId: string, values: { enabled?: boolean } = {}) => {
    const id = randomUUID();
    const now = new Date();
    await database
      .sql()
      .insertInto('MessageTemplate')
      .values({
        ...{
          id,
          organisation: owner,
          wabaId,
          platformTemplateId: id.slice(0, 8),
          name: `question_${id.slice(0, 4)}`,
        },
        ...{
          language: 'ja',
          category: 'UTILITY',
          status: 'APPROVED',
          components: [],
          content,
          origin: 'parley',
        },
        ...{ enabled: values.enabled ?? true, approvedEdits: [], importedAt: now, updatedAt: now },
      })
      .execute();
    return id;
  };
  const settings = (overrides: Record<string, unknown> = {}) => ({
    language: 'ja',
    greeting: { enabled: true, text: 'お問い合わせありがとうございます。' },
    away: { enabled: true, text: 'ただいま営業時間外です。' },
    businessHours: { timeZone: 'Asia/Tokyo', weekly: [{ day: 1, opens: '09:00', closes: '18:00' }] },
    fallbackTemplate: { templateId, parameters: { body: { '1': 'ご質問' } } },
    ...overrides,
  });
  const audit = () =>
    database
      .sql()
      .selectFrom('AuditEntry')
      .select(['action', 'targetId', 'actorUser', 'before', 'after'])
      .where('organisation', '=', organisationId)
      .execute();
  const issuesOf = async (body: unknown, accountId = account.id) => {
    // the controller parses synchronously: its 400 is thrown, not a rejection
    const error = await refusal(Promise.resolve().then(() => controller.update(caller, accountId, body)));
    return { ...error, paths: (error as { issues?: { path: string }[] }).issues?.map((issue) => issue.path) };
  };

  beforeEach(async () => {
    database = await openTestDatabase();
    store = new AutomaticRepliesStore(database);
    controller = new AutomaticRepliesController(
      new GetAutomaticRepliesUseCase(database),
      new UpdateAutomaticRepliesUseCase(database, store),
    );
    organisationId = await createOrganisation(database);
    caller = await createUser(database, organisationId);
    account = await createAccount(database, organisationId);
    templateId = await addTemplate(organisationId, account.parentAccountId!);
  });
  afterEach(() => database.close());

  it('answers the defaults while none are stored', async () => {
    expect(await controller.get(caller, account.id)).toEqual({
      ...defaultAutomaticReplies,
      fallbackTemplateProblem: null,
      updatedAt: null,
      updatedBy: null,
    });
    expect(await store.get(account.id)).toEqual(defaultAutomaticReplies);
  });

  it('stores a valid setting, audits it and answers it; the store sees it at once', async () => {
    expect(await store.get(account.id)).toEqual(defaultAutomaticReplies);
    const answer = await controller.update(caller, account.id, settings());
    const expected = {
      ...settings(),
      businessHours: { ...settings().businessHours, closedDates: [] },
      fallbackTemplate: { templateId, parameters: { body: { '1': 'ご質問' }, buttons: {} } },
    };
    expect(answer).toEqual({
      ...expected,
      fallbackTemplateProblem: null,
      updatedAt: expect.any(String),
      updatedBy: { id: caller.userId, name: caller.label.split('@')[0] },
    });
    expect(await controller.get(caller, account.id)).toEqual(answer);
    expect(await store.get(account.id)).toEqual(expected);
    expect(await audit()).toEqual([
      expect.objectContaining({
        action: 'channel_account.automatic_replies_updated',
        targetId: account.id,
        actorUser: caller.userId,
        before: defaultAutomaticReplies,
        after: expected,
      }),
    ]);
  });

  it('names what keeps the fallback template from use: turned off, then deleted', async () => {
    await controller.update(caller, account.id, settings());
    await database
      .sql()
      .updateTable('MessageTemplate')
      .set({ enabled: false })
      .where('id', '=', templateId)
      .execute();
    expect((await controller.get(caller, account.id)).fallbackTemplateProblem).toBe('TEMPLATE_DISABLED');
    await database.sql().deleteFrom('MessageTemplate').where('id', '=', templateId).execute();
    expect((await controller.get(caller, account.id)).fallbackTemplateProblem).toBe('TEMPLATE_NOT_FOUND');
  });

  it('refuses invalid settings with a 400 naming the field, storing nothing', async () => {
    const noText = settings({ greeting: { enabled: true, text: null } });
    expect(await issuesOf(noText)).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      paths: ['greeting.text'],
    });
    expect((await issuesOf(settings({ businessHours: null }))).paths).toEqual(['businessHours']);
    const unknown = settings({ fallbackTemplate: { templateId: randomUUID() } });
    expect(await issuesOf(unknown)).toMatchObject({ status: 400, paths: ['fallbackTemplate.templateId'] });
    const otherWaba = await addTemplate(organisationId, '999999999999999');
    const foreign = await addTemplate(await createOrganisation(database), account.parentAccountId!);
    for (const id of [otherWaba, foreign])
      expect((await issuesOf(settings({ fallbackTemplate: { templateId: id } }))).paths).toEqual([
        'fallbackTemplate.templateId',
      ]);
    expect((await issuesOf(settings({ fallbackTemplate: { templateId } }))).paths).toEqual([
      'fallbackTemplate.parameters.body.1',
    ]);
    const bot = await createAccount(database, organisationId, {
      channel: 'telegram',
      platformAccountId: '42',
    });
    expect(await issuesOf(settings(), bot.id)).toMatchObject({
      paths: ['fallbackTemplate'],
      message: expect.stringContaining('Telegram has no templates'),
    });
    expect(await audit()).toEqual([]);
    expect((await controller.get(caller, account.id)).updatedAt).toBeNull();
  });

  it('the store reads an account by id alone and keeps it a few seconds', async () => {
    expect(await store.get(account.id)).toEqual(defaultAutomaticReplies);
    const stored = { ...defaultAutomaticReplies, language: 'en' };
    await database
      .sql()
      .updateTable('ChannelAccount')
      .set({ automaticReplies: stored })
      .where('id', '=', account.id)
      .execute();
    expect(await store.get(account.id)).toEqual(defaultAutomaticReplies);
    const later = Date.now() + automaticRepliesCacheMs + 1;
    vi.spyOn(Date, 'now').mockReturnValue(later);
    expect(await store.get(account.id)).toEqual(stored);
    vi.restoreAllMocks();
  });

  it('does not show or change another organisation’s account (404)', async () => {
    const stranger = await createUser(database, await createOrganisation(database));
    expect(await refusal(controller.get(stranger, account.id))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(await refusal(controller.update(stranger, account.id, settings()))).toMatchObject({ status: 404 });
    expect(await store.get(account.id)).toEqual(defaultAutomaticReplies);
  });
});
