import { randomUUID } from 'node:crypto';
import type { sendTemplateSchema } from '@parley/contracts';
import {
  libraryFileSchema,
  templateDeletionSchema,
  templateDetailSchema,
  templateListSchema,
  templateSchema,
  templateSyncResultSchema,
  type CreateTemplateInput,
  type Template,
} from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiCallError, SandboxClient } from '../support/clients.js';
import { expectEventually } from '../support/expect-eventually.js';
import { gradientPng } from '../support/sample-image.js';
import { useStack } from '../support/use-stack.js';

const png = gradientPng(16, 16);

describe('templates, end to end against the sandbox’s review', () => {
  const running = useStack({
    sandboxEnv: { SANDBOX_TEMPLATE_REVIEW_MS: '1000' },
    engineEnv: { TEMPLATE_REVIEW_POLL_AFTER_MS: '2000' },
  });
  // Templates cost credits (docs/credits.md); the demo organisation starts with none.
  beforeAll(() => running.admin.buyCredits(10_000), 60_000);
  const sandbox = () => new SandboxClient(running.stack.sandbox.url);
  let accountId: string;

  const template = (id: string) => running.admin.call('GET', `/api/templates/${id}`, templateDetailSchema);
  const reaches = (id: string, status: Template['status']) =>
    expectEventually(
      async () => {
        const found = await template(id);
        expect(found.status).toBe(status);
        return found;
      },
      { timeout: 30_000, description: `template reaches ${status}` },
    );
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiCallError);
    return error as ApiCallError;
  };
  const base = (overrides: Partial<CreateTemplateInput>): CreateTemplateInput => ({
    channelAccountId: accountId,
    name: 'order_thanks',
    language: 'ja',
    groupId: null,
    newGroupName: '',
    category: 'MARKETING',
    header: null,
    body: 'いつもありがとうございます。{{1}}様、ご注文を承りました。次回使えるクーポンをお送りします。',
    examples: { '1': '佐藤' },
    footer: '',
    buttons: [],
    authentication: null,
    allowCategoryChange: false,
    ...overrides,
  });
  /** A template through the composer's endpoint, as the inbox sends it. */
  const templateMessage = (
    templateId: string,
    parameters: NonNullable<z.input<typeof sendTemplateSchema>['parameters']>,
  ) => ({
    clientId: randomUUID(),
    message: { type: 'template' as const, templateId, parameters },
  });
  const send = (conversationId: string, templateId: string, body: Record<string, string>) =>
    running.admin.sendMessage(conversationId, templateMessage(templateId, { body }));

  it('creates a template with an image header, a website button and quick replies in a new group, and WhatsApp approves it', async () => {
    const accounts = await running.admin.call(
      'GET',
      '/api/channel-accounts',
      z.object({ items: z.array(z.object({ id: z.string(), channel: z.string() })) }),
    );
    accountId = accounts.items.find((account) => account.channel === 'whatsapp')!.id;
    const file = await running.admin.upload(
      '/api/files?filename=thanks.png',
      libraryFileSchema,
      png,
      'image/png',
    );
    expect(file).toMatchObject({ format: 'IMAGE', mimeType: 'image/png', sizeBytes: png.length });

    const created = await running.admin.call(
      'POST',
      '/api/templates',
      templateSchema,
      base({
        newGroupName: 'お礼の返信',
        header: { format: 'IMAGE', fileId: file.id },
        footer: 'Parley 商店',
        buttons: [
          { type: 'URL', text: 'ご注文を見る', url: 'https://shop.example.jp/orders/{{1}}', example: 'A123' },
          { type: 'QUICK_REPLY', text: 'ありがとう' },
          { type: 'QUICK_REPLY', text: '配送について' },
        ],
      }),
    );
    expect(created).toMatchObject({ status: 'PENDING', group: { name: 'お礼の返信' }, origin: 'parley' });
    expect(created.platformTemplateId).not.toBeNull();
    const approved = await reaches(created.id, 'APPROVED');
    expect(approved.timeline.map((event) => [event.kind, event.status, event.source])).toEqual([
      ['status', 'APPROVED', 'webhook'],
      ['submitted', 'PENDING', 'person'],
    ]);
    expect(approved.headerFile).toMatchObject({ id: file.id, filename: 'thanks.png' });

    const listed = await running.admin.call(
      'GET',
      `/api/templates?channelAccountId=${accountId}&status=APPROVED`,
      templateListSchema,
    );
    expect(listed.items.map((item) => item.name)).toContain('order_thanks');
  });

  it('refuses a duplicate name and language before asking WhatsApp, naming the field', async () => {
    const onWhatsApp = () => sandbox().templateNames(running.stack.wabaId, running.stack.secrets.accessToken);
    const before = await onWhatsApp();
    const error = await refusal(running.admin.call('POST', '/api/templates', templateSchema, base({})));
    expect([error.status, error.code]).toEqual([409, 'TEMPLATE_EXISTS']);
    const invalid = await running.admin.raw(
      'POST',
      '/api/templates',
      base({ name: 'Order-Thanks', body: '{{1}}' }),
    );
    expect(invalid.status).toBe(400);
    const body = (await invalid.json()) as { code: string; issues: { path: string }[] };
    expect(body.code).toBe('INVALID_INPUT');
    expect(body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['name', 'body']));
    // WhatsApp was asked neither time.
    expect(await onWhatsApp()).toEqual(before);
  });

  it('shows WhatsApp’s rejection with its reason', async () => {
    const created = await running.admin.call(
      'POST',
      '/api/templates',
      templateSchema,
      base({
        name: 'shipping_sale',
        category: 'UTILITY',
        body: 'こんにちは、{{1}}様。本日限りのセールで全品半額です。ぜひご覧ください。',
      }),
    );
    const rejected = await reaches(created.id, 'REJECTED');
    expect(rejected.statusReason).toBe('INCORRECT_CATEGORY');
    expect(rejected.timeline[0]).toMatchObject({
      kind: 'status',
      status: 'REJECTED',
      reason: 'INCORRECT_CATEGORY',
    });
    expect(rejected.edit).toEqual({ allowed: true });
  });

  it('applies a category WhatsApp chose, and tells the admin on the timeline', async () => {
    const created = await running.admin.call(
      'POST',
      '/api/templates',
      templateSchema,
      base({
        name: 'delivery_coupon',
        category: 'UTILITY',
        allowCategoryChange: true,
        body: 'こんにちは、{{1}}様。お届けしました。次回使える割引クーポンもどうぞ。',
      }),
    );
    const approved = await reaches(created.id, 'APPROVED');
    expect(approved).toMatchObject({ content: { category: 'MARKETING' }, previousCategory: 'UTILITY' });
    expect(
      approved.timeline.some((event) => event.kind === 'category_changed' && event.category === 'MARKETING'),
    ).toBe(true);
  });

  it(
    'sends an approved template to a customer, refuses it once disabled, and never sends marketing to a US number',
    { timeout: 60_000 },
    async () => {
      const { items } = await running.admin.call('GET', '/api/templates?status=APPROVED', templateListSchema);
      const thanks = items.find((item) => item.name === 'order_thanks')!;
      await sandbox().sendAsCustomer('819012340001', 'こんにちは', 'テンプレ 花子');
      const conversation = await expectEventually(async () => {
        const found = await running.admin.conversationByContactName('テンプレ 花子');
        expect(found).toBeDefined();
        return found!;
      });

      const missing = await running.admin.sendMessageRaw(
        conversation.id,
        templateMessage(thanks.id, { body: {} }),
      );
      expect(missing.status).toBe(400);
      expect(
        ((await missing.json()) as { issues: { path: string }[] }).issues.map((issue) => issue.path),
      ).toEqual(expect.arrayContaining(['parameters.body.1', 'parameters.buttons.0']));

      const sent = await running.admin.sendMessage(
        conversation.id,
        templateMessage(thanks.id, { body: { '1': '花子' }, buttons: { '0': 'B777' } }),
      );
      expect(sent).toMatchObject({
        direction: 'outbound',
        sentBy: { id: running.admin.session!.user.id },
        type: 'template',
        text: expect.stringContaining('花子様、ご注文を承りました。'),
        content: {
          type: 'template',
          name: 'order_thanks',
          header: { format: 'IMAGE', filename: 'thanks.png' },
          buttons: [
            { type: 'URL', text: 'ご注文を見る', url: 'https://shop.example.jp/orders/B777' },
            { type: 'QUICK_REPLY', text: 'ありがとう' },
            { type: 'QUICK_REPLY', text: '配送について' },
          ],
        },
      });
      await expectEventually(async () => {
        const phone = await sandbox().customerMessages('819012340001');
        expect(phone.some((message) => message.direction === 'outbound' && message.type === 'template')).toBe(
          true,
        );
        const stored = await running.admin.messages(conversation.id);
        expect(stored.find((message) => message.id === sent.id)?.status).toMatch(/sent|delivered|read/);
      });

      await running.admin.call('PUT', `/api/templates/${thanks.id}/enabled`, templateSchema, {
        enabled: false,
      });
      const disabled = await refusal(send(conversation.id, thanks.id, { '1': '花子' }));
      expect([disabled.status, disabled.code]).toEqual([409, 'TEMPLATE_DISABLED']);
      expect(disabled.message).toContain('turned off');
      const usable = await running.admin.call(
        'GET',
        `/api/conversations/${conversation.id}/templates`,
        z.object({ items: z.array(z.object({ id: z.string(), unusableReason: z.string().nullable() })) }),
      );
      expect(usable.items.find((item) => item.id === thanks.id)?.unusableReason).toBe('TEMPLATE_DISABLED');
      await running.admin.call('PUT', `/api/templates/${thanks.id}/enabled`, templateSchema, {
        enabled: true,
      });

      await sandbox().sendAsCustomer('12125550123', 'hello', 'US Customer');
      const us = await expectEventually(async () => {
        const found = await running.admin.conversationByContactName('US Customer');
        expect(found).toBeDefined();
        return found!;
      });
      const blocked = await refusal(
        running.admin.sendMessage(
          us.id,
          templateMessage(thanks.id, { body: { '1': 'Sam' }, buttons: { '0': 'C1' } }),
        ),
      );
      expect([blocked.status, blocked.code]).toEqual([409, 'MARKETING_NOT_DELIVERED_US']);
      const afterOutbound = await sandbox().outbound(new Date(0));
      // Only the greeting went out; no template reached the US number.
      expect(afterOutbound.filter((item) => item.type === 'template' && item.to === '12125550123')).toEqual(
        [],
      );
    },
  );

  it('edits an approved template once, refuses a second edit within 24 hours, and says from when', async () => {
    const { items } = await running.admin.call('GET', '/api/templates?status=APPROVED', templateListSchema);
    const thanks = items.find((item) => item.name === 'order_thanks')!;
    const edited = await running.admin.call('PUT', `/api/templates/${thanks.id}`, templateSchema, {
      ...thanks.content!,
      groupId: thanks.group?.id ?? null,
      newGroupName: '',
      header: { format: 'IMAGE', fileId: thanks.headerFile!.id },
      footer: 'Parley 商店 本店',
    });
    expect(edited.status).toBe('PENDING');
    const approved = await reaches(thanks.id, 'APPROVED');
    expect(approved.edit).toMatchObject({ allowed: false, reason: 'DAILY_LIMIT' });
    const again = await refusal(
      running.admin.call('PUT', `/api/templates/${thanks.id}`, templateSchema, {
        ...approved.content!,
        groupId: null,
        newGroupName: '',
        footer: 'Parley',
      }),
    );
    expect([again.status, again.code]).toEqual([409, 'EDIT_NOT_ALLOWED']);
    expect(again.message).toMatch(/once in 24 hours; it can be edited again from \d{4}-/);
  });

  it('follows a pause and an unpause, finds a change WhatsApp announced no webhook for, and imports templates made elsewhere', async () => {
    const { items } = await running.admin.call('GET', '/api/templates?status=APPROVED', templateListSchema);
    const coupon = items.find((item) => item.name === 'delivery_coupon')!;
    const control = (event: string, silent = false) =>
      fetch(`${running.stack.sandbox.url}/sandbox/templates/${coupon.platformTemplateId}/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ event, silent }),
      });
    expect((await control('PAUSED')).status).toBe(200);
    await reaches(coupon.id, 'PAUSED');
    const unpaused = await running.admin.call('POST', `/api/templates/${coupon.id}/unpause`, templateSchema);
    expect(unpaused.id).toBe(coupon.id);
    const back = await reaches(coupon.id, 'APPROVED');
    // WhatsApp's times have whole seconds, so the unpause and its approval may share one.
    expect(
      back.timeline
        .slice(0, 3)
        .map((event) => event.kind)
        .sort(),
    ).toEqual(['status', 'status', 'unpause_requested']);

    // WhatsApp flags it without a webhook: the sync finds it.
    expect((await control('FLAGGED', true)).status).toBe(200);
    const created = await fetch(
      `${running.stack.sandbox.url}/v23.0/${running.stack.wabaId}/message_templates`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${running.stack.secrets.accessToken}`,
        },
        body: JSON.stringify({
          name: 'made_in_manager',
          language: 'en_US',
          category: 'UTILITY',
          components: [{ type: 'BODY', text: 'Your order has shipped.' }],
        }),
      },
    );
    expect(created.status).toBe(200);
    const result = await running.admin.call('POST', '/api/templates/sync', templateSyncResultSchema, {});
    expect(result).toMatchObject({ imported: 1, failed: [] });
    expect(result.updated).toBeGreaterThanOrEqual(1);
    await reaches(coupon.id, 'FLAGGED');
    const all = await running.admin.call('GET', '/api/templates', templateListSchema);
    expect(all.items.find((item) => item.name === 'made_in_manager')).toMatchObject({
      origin: 'imported',
      content: { body: 'Your order has shipped.' },
    });
  });

  it('deletes a once-approved template and holds its name for 30 days', async () => {
    const { items } = await running.admin.call('GET', '/api/templates', templateListSchema);
    const coupon = items.find((item) => item.name === 'delivery_coupon')!;
    const deleted = await running.admin.call('DELETE', `/api/templates/${coupon.id}`, templateDeletionSchema);
    expect(Date.parse(deleted.nameHeldUntil!) - Date.now()).toBeGreaterThan(29 * 24 * 60 * 60 * 1000);
    const reuse = await refusal(
      running.admin.call(
        'POST',
        '/api/templates',
        templateSchema,
        base({ name: 'delivery_coupon', category: 'UTILITY' }),
      ),
    );
    expect([reuse.status, reuse.code]).toEqual([409, 'NAME_HELD']);
  });
});
