import { randomInt, randomUUID } from 'node:crypto';
import {
  apiErrorSchema,
  apiTokenSchema,
  automaticRepliesResponseSchema,
  cannedReplySchema,
  channelAccountSchema,
  contactProfileSchema,
  conversationEventListSchema,
  conversationNoteSchema,
  createdApiTokenSchema,
  flowDetailSchema,
  defaultAutomaticReplies,
  issuedInvitationSchema,
  listSchema,
  rolePermissions,
  type Permission,
  teamSchema,
  userSchema,
  whatsappSignupSchema,
} from '@parley/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EngineClient, SandboxClient } from '../support/clients.js';
import { expectEventually } from '../support/expect-eventually.js';
import type { Stack } from '../support/stack.js';
import { gradientPng } from '../support/sample-image.js';
import { useStack } from '../support/use-stack.js';
import { inboundTextWebhook, postWebhook } from '../support/webhooks.js';

// Who may do what, walked route by route from the engine's own OpenAPI document: every /api route
// is closed without credentials, every admin action refuses an agent, and one organisation never
// reaches another's rows, whatever id it asks for.

const running = useStack({ statusDelaysMs: '20,40,60' });
let stack: Stack;
let admin: EngineClient;
let other: EngineClient;
let agent: EngineClient;
let operations: Operation[];
/** One id of each kind of row organisation A has. */
const ids: Record<string, string> = {};

interface Operation {
  method: string;
  path: string;
  access: 'public' | 'signed-in';
  permission: Permission | undefined;
  sessionOnly: boolean;
}

const operationSchema = z.looseObject({
  'x-parley-access': z.enum(['public', 'signed-in']).optional(),
  'x-parley-permission': z.string().optional(),
  'x-parley-session-only': z.boolean().optional(),
});

async function openApiOperations(url: string): Promise<Operation[]> {
  const doc = z
    .object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) })
    .parse(await (await fetch(`${url}/api/docs/openapi.json`)).json());
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).flatMap(([method, raw]) => {
      if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) return [];
      const operation = operationSchema.parse(raw);
      return [
        {
          method: method.toUpperCase(),
          path,
          access: operation['x-parley-access'] ?? 'signed-in',
          permission: operation['x-parley-permission'] as Permission | undefined,
          sessionOnly: operation['x-parley-session-only'] ?? false,
        },
      ];
    }),
  );
}

/** A path with its `{id}` filled in. */
const fill = (path: string, id: string) => path.replace(/\{[^}]+\}/g, id);
const someId = '00000000-0000-4000-8000-00000000abcd';

beforeAll(async () => {
  ({ stack, admin } = running);
  operations = (await openApiOperations(stack.engine.url)).filter((operation) =>
    operation.path.startsWith('/api/'),
  );

  // Organisation A's rows: a conversation with a customer's image, an invitation, a token, a signup, a dead letter.
  const waId = `8190${randomInt(1e7, 9e7)}`;
  await new SandboxClient(stack.sandbox.url).sendAsCustomer(waId, 'Isolation check', `Iso ${waId}`);
  const conversation = await expectEventually(
    async () => (await admin.conversationByContactName(`Iso ${waId}`))!,
    {
      timeout: 30_000,
    },
  );
  ids.conversation = conversation.id;
  ids.account = conversation.channelAccount.id;
  const image = await fetch(`${stack.sandbox.url}/sandbox/customers/${waId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'image', caption: 'receipt' }),
  });
  expect(image.status).toBe(201);
  ids.media = await expectEventually(
    async () => {
      const media = (await admin.messages(conversation.id)).find((message) => message.media)?.media;
      expect(media?.state).toBe('stored');
      return media!.id;
    },
    { timeout: 30_000 },
  );
  expect((await admin.raw('GET', `/api/media/${ids.media}`)).status).toBe(200);
  const invited = await admin.call('POST', '/api/invitations', issuedInvitationSchema, {
    email: `agent-${waId}@example.test`,
    role: 'agent',
  });
  ids.invitation = invited.invitation.id;
  const token = await admin.call('POST', '/api/api-tokens', createdApiTokenSchema, {
    name: 'isolation',
    scopes: ['inbox:read'],
    expiresInDays: 30,
  });
  ids.token = token.apiToken.id;
  ids.signup = (await admin.call('POST', '/api/whatsapp/signups', whatsappSignupSchema, { locale: 'en' })).id;
  ids.user = admin.session!.user.id;
  const listed = z.object({ items: z.array(z.object({ id: z.string() })) });
  // The WABA's own template (imported when the demo number was connected), a group and a library file.
  ids.template = (await admin.call('GET', '/api/templates', listed)).items[0]!.id;
  ids.group = (
    await admin.call('POST', '/api/template-groups', z.object({ id: z.string() }), { name: `Iso ${waId}` })
  ).id;
  ids.file = (
    await admin.upload(
      '/api/files?filename=iso.png',
      z.object({ id: z.string() }),
      gradientPng(16, 16),
      'image/png',
    )
  ).id;
  const odd = JSON.parse(
    inboundTextWebhook({ phoneNumberId: stack.phoneNumberId, waId, text: 'x' }).body,
  ) as {
    entry: { changes: { value: { messages: { from?: string }[] } }[] }[];
  };
  delete odd.entry[0]!.changes[0]!.value.messages[0]!.from;
  await postWebhook(stack.engine.url, JSON.stringify(odd), { secret: stack.secrets.appSecret });
  const letters = await admin.call(
    'GET',
    '/api/dead-letters',
    z.object({ items: z.array(z.object({ id: z.string() })) }),
  );
  ids.deadLetter = letters.items[0]!.id;
  ids.purchase = (await admin.buyCredits(100)).id;
  // Routing and the inbox's profile: a team, the customer's contact, a note, a canned reply.
  ids.team = (
    await admin.call('POST', '/api/teams', teamSchema, {
      name: `Iso ${waId}`,
      strategy: 'round_robin',
      defaultCapacity: 5,
    })
  ).id;
  ids.contact = conversation.contact.id;
  // A flow, published once (its version 1 is a row of A's too).
  ids.flow = (await admin.call('POST', '/api/flows', flowDetailSchema, { name: `Iso ${waId}` })).id;
  await admin.call('POST', `/api/flows/${ids.flow}/publish`, flowDetailSchema, { revision: 0 });
  ids.note = (
    await admin.call('POST', `/api/conversations/${conversation.id}/notes`, conversationNoteSchema, {
      text: 'Iso note',
    })
  ).id;
  ids.cannedReply = (
    await admin.call('POST', '/api/canned-replies', cannedReplySchema, {
      shortcut: `iso-${waId}`,
      title: 'Isolation',
      text: 'Hello {{contact.name}}',
    })
  ).id;

  // Organisation B, made by the operator, with an admin of its own.
  const created = z
    .object({ email: z.string(), password: z.string() })
    .parse(
      await stack.cli([
        'create-organisation',
        'Other Shop',
        '--admin-email',
        'owner@other.test',
        '--plan',
        'premium',
      ]),
    );
  other = new EngineClient(stack.engine.url);
  await other.signIn(created.email, created.password);

  // An agent of A, invited by link (no SMTP here) and joined.
  const link = new URL(invited.link!);
  const joined = await fetch(`${stack.engine.url}/api/auth/invitation/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: link.searchParams.get('token'),
      name: 'Agent Aoi',
      password: 'correct horse battery',
    }),
  });
  expect(joined.status).toBe(201);
  agent = new EngineClient(stack.engine.url);
  await agent.signIn(`agent-${waId}@example.test`, 'correct horse battery');
}, 120_000);

describe('access to the API', () => {
  it('documents a rule for every route', () => {
    expect(operations.length).toBeGreaterThan(30);
    const publicOnes = operations
      .filter((operation) => operation.access === 'public')
      .map((o) => `${o.method} ${o.path}`);
    expect(publicOnes.sort()).toEqual([
      'GET /api/auth/setup',
      'POST /api/auth/invitation/accept',
      'POST /api/auth/invitation/preview',
      'POST /api/auth/password-reset',
      'POST /api/auth/password-reset/request',
      'POST /api/auth/setup',
      'POST /api/auth/sign-in',
    ]);
  });

  it('answers 401 to every closed route and the event stream without credentials', async () => {
    for (const operation of operations.filter((o) => o.access === 'signed-in')) {
      const response = await fetch(`${stack.engine.url}${fill(operation.path, someId)}`, {
        method: operation.method,
        headers: { 'content-type': 'application/json' },
        ...(operation.method === 'GET' ? {} : { body: '{}' }),
      });
      expect(response.status, `${operation.method} ${operation.path}`).toBe(401);
      expect(apiErrorSchema.parse(await response.json()).code).toBe('UNAUTHENTICATED');
    }
    const expired = new EngineClient(stack.engine.url, 'prl_not-a-token-of-this-installation-at-all');
    expect((await expired.raw('GET', '/api/conversations')).status).toBe(401);
  });

  it('refuses an agent every admin action with 403, and lets them read the inbox', async () => {
    const adminOnly = operations.filter((o) => o.permission && !rolePermissions.agent.includes(o.permission));
    expect(adminOnly.length).toBeGreaterThan(15);
    for (const operation of adminOnly) {
      const response = await agent.raw(
        operation.method,
        fill(operation.path, ids.account!),
        operation.method === 'GET' ? undefined : {},
      );
      expect(response.status, `${operation.method} ${operation.path}`).toBe(403);
      const refusal = apiErrorSchema.parse(await response.json());
      expect(refusal.code, `${operation.method} ${operation.path}`).toBe('FORBIDDEN');
      expect(refusal.message).toContain(operation.permission);
    }
    expect((await agent.raw('GET', '/api/conversations')).status).toBe(200);
    const accounts = await agent.call(
      'GET',
      '/api/channel-accounts',
      z.object({ items: z.array(channelAccountSchema) }),
    );
    expect(accounts.items.map((account) => account.id)).toContain(ids.account);
    // The switch itself, by name: 403 for the agent, and the account stays on.
    expect(
      (await agent.raw('PATCH', `/api/channel-accounts/${ids.account}`, { enabled: false })).status,
    ).toBe(403);
    expect(
      (await admin.call('GET', `/api/channel-accounts/${ids.account}`, channelAccountSchema)).enabled,
    ).toBe(true);
  });

  it("keeps another organisation out of every one of this organisation's rows: 404", async () => {
    const idOf: Record<string, string | undefined> = {
      '/api/conversations/{id}': ids.conversation,
      '/api/conversations/{id}/messages': ids.conversation,
      '/api/conversations/{id}/read': ids.conversation,
      '/api/conversations/{id}/typing': ids.conversation,
      '/api/channel-accounts/{id}': ids.account,
      '/api/channel-accounts/{id}/automatic-replies': ids.account,
      '/api/conversations/{id}/templates': ids.conversation,
      '/api/templates/{id}': ids.template,
      '/api/templates/{id}/enabled': ids.template,
      '/api/templates/{id}/unpause': ids.template,
      '/api/template-groups/{id}': ids.group,
      '/api/files/{id}/content': ids.file,
      '/api/users/{id}': ids.user,
      '/api/users/{id}/unlock': ids.user,
      '/api/users/{id}/password-reset-link': ids.user,
      '/api/invitations/{id}': ids.invitation,
      '/api/invitations/{id}/resend': ids.invitation,
      '/api/api-tokens/{id}': ids.token,
      '/api/whatsapp/signups/{id}': ids.signup,
      '/api/whatsapp/signups/{id}/exchange': ids.signup,
      '/api/whatsapp/signups/{id}/complete': ids.signup,
      '/api/dead-letters/{id}': ids.deadLetter,
      '/api/dead-letters/{id}/replay': ids.deadLetter,
      '/api/media/{id}': ids.media,
      '/api/conversations/{id}/price': ids.conversation,
      '/api/credits/purchases/{id}': ids.purchase,
      '/api/teams/{id}': ids.team,
      '/api/conversations/{id}/assign': ids.conversation,
      '/api/conversations/{id}/transfer': ids.conversation,
      '/api/conversations/{id}/close': ids.conversation,
      '/api/conversations/{id}/reopen': ids.conversation,
      '/api/conversations/{id}/snooze': ids.conversation,
      '/api/conversations/{id}/return-to-automation': ids.conversation,
      '/api/conversations/{id}/events': ids.conversation,
      '/api/conversations/{id}/notes': ids.conversation,
      '/api/contacts/{id}': ids.contact,
      '/api/contacts/{id}/notes': ids.contact,
      '/api/canned-replies/{id}': ids.cannedReply,
      '/api/canned-replies/{id}/render': ids.cannedReply,
      '/api/flows/{id}': ids.flow,
      '/api/flows/{id}/draft': ids.flow,
      '/api/flows/{id}/publish': ids.flow,
      '/api/flows/{id}/versions': ids.flow,
      '/api/flows/{id}/versions/{version}': ids.flow,
      '/api/flows/{id}/diff': ids.flow,
      '/api/flows/{id}/rollback': ids.flow,
      '/api/flows/{id}/duplicate': ids.flow,
      '/api/flows/{id}/export': ids.flow,
      '/api/flows/{id}/activation': ids.flow,
      '/api/flows/{id}/analytics': ids.flow,
      '/api/flows/{id}/test-runs': ids.flow,
      '/api/flows/{id}/runs': ids.flow,
      '/api/flows/{id}/test-chat': ids.flow,
      '/api/flows/{id}/test-chat/messages': ids.flow,
      '/api/flows/{id}/test-chat/taps': ids.flow,
      '/api/flows/{id}/test-chat/restart': ids.flow,
      // No run of A's: starting a test run would write to the customer.
      '/api/flow-runs/{id}': someId,
    };
    // Routes keyed by a name within the caller's own organisation: there is no row of another's to reach.
    const ownNames = ['/api/flow-settings/secrets/{name}'];
    // Query parameters a route needs besides its id (valid ones, of A's rows).
    const queries: Record<string, string> = {
      '/api/canned-replies/{id}/render': `?conversationId=${ids.conversation}`,
      '/api/flows/{id}/diff': '?from=1&to=draft',
      '/api/flows/{id}/test-chat': `?channelAccountId=${ids.account}`,
    };
    const bodies: Record<string, unknown> = {
      '/api/users/{id}': { role: 'agent' },
      '/api/channel-accounts/{id}': { name: 'taken' },
      '/api/whatsapp/signups/{id}/exchange': { state: 'x'.repeat(20), code: 'c', wabaId: '1' },
      '/api/whatsapp/signups/{id}/complete': { phoneNumberId: '1', pin: '123456' },
      // Valid bodies, so that only the row's owner decides the answer.
      '/api/conversations/{id}/messages': {
        clientId: randomUUID(),
        message: { type: 'text', text: 'Not your conversation' },
      },
      '/api/channel-accounts/{id}/automatic-replies': {
        ...defaultAutomaticReplies,
        greeting: { enabled: true, text: 'Not your account' },
      },
      '/api/templates/{id}': {
        groupId: null,
        newGroupName: '',
        category: 'UTILITY',
        header: null,
        body: 'Your order has shipped.',
        examples: {},
        footer: '',
        buttons: [],
        authentication: null,
        allowCategoryChange: false,
      },
      '/api/templates/{id}/enabled': { enabled: false },
      '/api/template-groups/{id}': { name: 'taken' },
      '/api/teams/{id}': { name: 'taken' },
      '/api/conversations/{id}/assign': { userId: ids.user },
      '/api/conversations/{id}/transfer': { teamId: ids.team, note: 'taken' },
      '/api/conversations/{id}/snooze': { until: new Date(Date.now() + 3_600_000).toISOString() },
      '/api/conversations/{id}/notes': { text: 'Not your conversation note' },
      '/api/contacts/{id}': { tags: ['taken'] },
      '/api/contacts/{id}/notes': { text: 'Not your contact note' },
      '/api/canned-replies/{id}': { shortcut: 'taken', title: 'Taken', text: 'Taken' },
      '/api/flows/{id}/draft': {
        revision: 0,
        graph: { schemaVersion: 1, nodes: [], edges: [] },
        name: 'taken',
      },
      '/api/flows/{id}/publish': { revision: 0 },
      '/api/flows/{id}/rollback': { version: 1 },
      '/api/flows/{id}/activation': { channelAccountIds: [] },
      '/api/flows/{id}/test-runs': { conversationId: ids.conversation },
      '/api/flows/{id}/test-chat/messages': { channelAccountId: ids.account, text: 'Not your flow' },
      '/api/flows/{id}/test-chat/taps': {
        channelAccountId: ids.account,
        messageId: 'wamid.x',
        buttonId: 'b1',
      },
      '/api/flows/{id}/test-chat/restart': { channelAccountId: ids.account },
    };
    const withIds = operations.filter(
      (operation) => operation.path.includes('{') && !ownNames.includes(operation.path),
    );
    // Every route that takes an id is in the table: a new one must be added here.
    expect(withIds.map((o) => o.path).filter((path) => !(path in idOf))).toEqual([]);
    for (const operation of withIds) {
      const target =
        fill(operation.path.replace('{version}', '1'), idOf[operation.path]!) +
        (queries[operation.path] ?? '');
      const response = await other.raw(
        operation.method,
        target,
        operation.method === 'GET' ? undefined : (bodies[operation.path] ?? {}),
      );
      expect(response.status, `${operation.method} ${operation.path}`).toBe(404);
      expect(
        apiErrorSchema.parse(await response.json()).code,
        `${operation.method} ${operation.path}`,
      ).toMatch(/NOT_FOUND$/);
    }
    // The lists of B hold nothing of A's.
    for (const list of [
      '/api/conversations',
      '/api/channel-accounts',
      '/api/users',
      '/api/invitations',
      '/api/api-tokens',
      '/api/audit-log',
      '/api/dead-letters',
      '/api/templates',
      '/api/template-groups',
      '/api/files',
      '/api/teams',
      '/api/canned-replies',
      '/api/flows',
    ]) {
      const text = await (await other.raw('GET', list)).text();
      for (const id of Object.values(ids)) expect(text, list).not.toContain(id);
    }
    // A's rows are unchanged by B's attempts.
    expect(
      (await admin.call('GET', `/api/channel-accounts/${ids.account}`, channelAccountSchema)).name,
    ).not.toBe('taken');
    expect(
      (await admin.call('GET', '/api/users', z.object({ items: z.array(userSchema) }))).items.find(
        (u) => u.id === ids.user,
      )?.role,
    ).toBe('admin');
    const replies = await admin.call(
      'GET',
      `/api/channel-accounts/${ids.account}/automatic-replies`,
      automaticRepliesResponseSchema,
    );
    expect(replies.greeting.text).not.toBe('Not your account');
    const thread = await admin.messages(ids.conversation!);
    expect(thread.map((message) => message.text)).not.toContain('Not your conversation');
    expect((await admin.call('GET', `/api/teams/${ids.team}`, teamSchema)).name).not.toBe('taken');
    expect((await admin.conversation(ids.conversation!)).status).toBe('open');
    expect(
      await admin.call('GET', `/api/conversations/${ids.conversation}/events`, conversationEventListSchema),
    ).toEqual({ items: [] });
    const notes = await admin.call(
      'GET',
      `/api/conversations/${ids.conversation}/notes`,
      listSchema(conversationNoteSchema),
    );
    expect(notes.items.map((note) => note.text)).toEqual(['Iso note']);
    const contact = await admin.call('GET', `/api/contacts/${ids.contact}`, contactProfileSchema);
    expect(contact.tags).toEqual([]);
    expect(contact.notes).toEqual([]);
    const reply = await admin.call('GET', `/api/canned-replies/${ids.cannedReply}`, cannedReplySchema);
    expect(reply.title).toBe('Isolation');
    const flow = await admin.call('GET', `/api/flows/${ids.flow}`, flowDetailSchema);
    expect(flow).toMatchObject({ publishedVersion: 1, draft: { revision: 0 } });
    expect(flow.name).not.toBe('taken');
  });

  it('sends each organisation only its own live events', async () => {
    const seen = { admin: '', other: '' };
    const listen = async (client: EngineClient, into: 'admin' | 'other', signal: AbortSignal) => {
      const response = await client
        .raw('GET', '/api/events', undefined, { accept: 'text/event-stream' })
        .catch(() => undefined);
      const reader = response?.body?.getReader();
      const decoder = new TextDecoder();
      signal.addEventListener('abort', () => void reader?.cancel());
      for (;;) {
        const chunk = await reader?.read().catch(() => undefined);
        if (!chunk || chunk.done) return;
        seen[into] += decoder.decode(chunk.value);
      }
    };
    const stop = new AbortController();
    const streams = [listen(admin, 'admin', stop.signal), listen(other, 'other', stop.signal)];
    const waId = `8191${randomInt(1e7, 9e7)}`;
    await new SandboxClient(stack.sandbox.url).sendAsCustomer(waId, 'Live only for A', `Live ${waId}`);
    await expectEventually(async () => expect(seen.admin).toContain('Live only for A'), { timeout: 30_000 });
    stop.abort();
    await Promise.all(streams);
    expect(seen.other).toContain(': connected');
    expect(seen.other).not.toContain('Live only for A');
    expect(seen.other).not.toContain(waId);
  });

  it('needs the CSRF token with a session, and a token of the right scope without one', async () => {
    const cookieOnly = await admin.raw(
      'POST',
      '/api/invitations',
      { email: 'csrf@example.test', role: 'agent' },
      { 'x-csrf-token': 'forged' },
    );
    expect(cookieOnly.status).toBe(403);
    expect(apiErrorSchema.parse(await cookieOnly.json()).code).toBe('CSRF_TOKEN_INVALID');

    const created = await admin.call('POST', '/api/api-tokens', createdApiTokenSchema, {
      name: 'read only',
      scopes: ['inbox:read'],
      expiresInDays: null,
    });
    expect(created.token).toMatch(/^prl_/);
    const bearer = new EngineClient(stack.engine.url, created.token);
    expect((await bearer.raw('GET', '/api/conversations')).status).toBe(200);
    expect((await bearer.raw('GET', '/api/users')).status).toBe(403);
    expect(
      (
        await bearer.raw('POST', '/api/api-tokens', {
          name: 'x',
          scopes: ['inbox:read'],
          expiresInDays: null,
        })
      ).status,
    ).toBe(403);
    const revoked = await admin.call('DELETE', `/api/api-tokens/${created.apiToken.id}`, apiTokenSchema);
    expect(revoked.revokedAt).not.toBeNull();
    expect((await bearer.raw('GET', '/api/conversations')).status).toBe(401);
    // An agent cannot give a token more than their role allows.
    const beyond = await agent.raw('POST', '/api/api-tokens', {
      name: 'x',
      scopes: ['channels:manage'],
      expiresInDays: 1,
    });
    expect(beyond.status).toBe(400);
  });

  it('locks an address after five wrong passwords, until an admin unlocks it', async () => {
    const email = agent.session!.user.email;
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await fetch(`${stack.engine.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'not the password' }),
      });
      expect(wrong.status).toBe(401);
    }
    const locked = await fetch(`${stack.engine.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery' }),
    });
    expect(locked.status).toBe(429);
    expect(apiErrorSchema.parse(await locked.json()).code).toBe('SIGN_IN_LOCKED');
    const users = await admin.call('GET', '/api/users', z.object({ items: z.array(userSchema) }));
    expect(users.items.find((user) => user.email === email)?.lockedUntil).not.toBeNull();
    await admin.call('POST', `/api/users/${agent.session!.user.id}/unlock`, userSchema);
    await new EngineClient(stack.engine.url).signIn(email, 'correct horse battery');
  });

  it('lets no more than five of a burst of parallel guesses check a password', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${stack.engine.url}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: stack.admin.email.replace('admin@', 'burst@'), password: 'guess' }),
        }).then((response) => response.status),
      ),
    );
    expect(guesses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
    expect(guesses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
  });

  it('sends its security headers with the web app and with every API answer', async () => {
    for (const path of ['/', '/inbox', '/api/auth/session', '/api/nothing-here', '/health']) {
      const response = await fetch(`${stack.engine.url}${path}`);
      const header = (name: string) => response.headers.get(name) ?? '';
      expect(header('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(header('content-security-policy'), path).toContain("script-src 'self'");
      expect(header('content-security-policy'), path).toContain("object-src 'none'");
      expect(header('x-frame-options'), path).toBe('DENY');
      expect(header('x-content-type-options'), path).toBe('nosniff');
      expect(header('referrer-policy'), path).toBe('no-referrer');
      expect(header('cross-origin-opener-policy'), path).toBe('same-origin-allow-popups');
    }
    // The page Meta's dialog returns to keeps its opener, so it can hand the code back.
    const callback = await fetch(`${stack.engine.url}/connect/whatsapp/callback?code=x&state=y`);
    expect(callback.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    // The session cookie is out of scripts' reach and not sent by other sites' forms.
    const signIn = await fetch(`${stack.engine.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: stack.admin.email, password: stack.admin.password }),
    });
    const cookie = signIn.headers.getSetCookie().find((line) => line.startsWith('parley_session='));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
  });

  it('holds back a network that keeps failing, across addresses', async () => {
    let last = 0;
    for (let attempt = 0; attempt < 21; attempt++) {
      const response = await fetch(`${stack.engine.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `nobody-${attempt}@example.test`, password: 'guess' }),
      });
      last = response.status;
      if (last === 429) {
        expect(apiErrorSchema.parse(await response.json()).code).toBe('TOO_MANY_ATTEMPTS');
        break;
      }
    }
    expect(last).toBe(429);
  });
});
