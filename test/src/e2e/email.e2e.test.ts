import {
  apiErrorSchema,
  invitationPreviewSchema,
  issuedInvitationSchema,
  passwordResetDeliverySchema,
} from '@parley/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiCallError, EngineClient } from '../support/clients.js';
import { expectConsistently, expectEventually } from '../support/expect-eventually.js';
import { startMailbox, type ReceivedMail } from '../support/mailbox.js';
import type { Stack } from '../support/stack.js';
import { useStack } from '../support/use-stack.js';

// With SMTP configured, invitations and password resets travel by mail: the admin never sees
// the link, the person follows it from their inbox.

let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const running = useStack(async () => {
  mailbox = await startMailbox();
  return { engineEnv: { SMTP_URL: mailbox.url, MAIL_FROM: 'Parley <parley@example.test>' } };
});
let stack: Stack;
let admin: EngineClient;

beforeAll(() => {
  ({ stack, admin } = running);
});
afterAll(() => mailbox?.close());

const publicPost = (path: string, body: unknown) =>
  fetch(`${stack.engine.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function mailTo(address: string, subject: RegExp): Promise<ReceivedMail> {
  return expectEventually(
    async () => {
      const mail = mailbox.mails.findLast(
        (candidate) => candidate.to.includes(address) && subject.test(candidate.subject),
      );
      expect(mail).toBeDefined();
      return mail!;
    },
    { timeout: 20_000, description: `a mail to ${address}` },
  );
}

/** A link into this engine at `path` with a one-time token (captured). */
const tokenLink = (path: string) =>
  new RegExp(`${stack.engine.url.replace(/[.:/]/g, '\\$&')}${path}\\?token=([\\w%-]+)`);

const linkIn = (mail: ReceivedMail, path: string) => {
  const match = tokenLink(path).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
};

describe('invitations and resets by mail', () => {
  it('mails the invitation in Japanese and English; the link lets the person join', async () => {
    const issued = await admin.call('POST', '/api/invitations', issuedInvitationSchema, {
      email: 'Kenji@Example.test',
      role: 'agent',
    });
    expect(issued).toMatchObject({
      emailSent: true,
      link: null,
      invitation: { email: 'kenji@example.test', status: 'pending' },
    });
    const mail = await mailTo('kenji@example.test', /Parley/);
    expect(mail.text).toContain('招待されました');
    expect(mail.text).toContain('invited you to Parley Demo');
    const token = linkIn(mail, '/accept-invitation');
    const preview = invitationPreviewSchema.parse(
      await (await publicPost('/api/auth/invitation/preview', { token })).json(),
    );
    expect(preview).toMatchObject({
      organisationName: 'Parley Demo',
      email: 'kenji@example.test',
      role: 'agent',
      invitedBy: 'Demo Admin',
    });
    const joined = await publicPost('/api/auth/invitation/accept', {
      token,
      name: 'Kenji',
      password: 'a long enough password',
      locale: 'ja',
    });
    expect(joined.status).toBe(201);
    const again = await publicPost('/api/auth/invitation/accept', {
      token,
      name: 'Kenji',
      password: 'a long enough password',
    });
    expect(again.status).toBe(404);
    const kenji = new EngineClient(stack.engine.url);
    expect((await kenji.signIn('kenji@example.test', 'a long enough password')).user).toMatchObject({
      role: 'agent',
      locale: 'ja',
    });
  });

  it('hands the admin the link when the mail server turns the invitation away', async () => {
    mailbox.refusing = true;
    try {
      const issued = await admin.call('POST', '/api/invitations', issuedInvitationSchema, {
        email: 'yuki@example.test',
        role: 'agent',
      });
      expect(issued).toMatchObject({
        emailSent: false,
        invitation: { email: 'yuki@example.test', status: 'pending' },
      });
      expect(issued.link).toMatch(new RegExp(`^${tokenLink('/accept-invitation').source}$`));
      const token = new URL(issued.link!).searchParams.get('token')!;
      expect((await publicPost('/api/auth/invitation/preview', { token })).status).toBe(200);
    } finally {
      mailbox.refusing = false;
    }
    // Nor does the engine try again behind the admin's back once the mail server accepts mail.
    await expectConsistently(() =>
      expect(mailbox.mails.some((mail) => mail.to.includes('yuki@example.test'))).toBe(false),
    );
  });

  it('mails a reset link to a known address only, answers alike for an unknown one, and ends old sessions', async () => {
    const delivery = (body: unknown) => publicPost('/api/auth/password-reset/request', body);
    for (const email of [stack.admin.email, 'nobody@example.test']) {
      const response = await delivery({ email });
      expect(response.status).toBe(202);
      expect(passwordResetDeliverySchema.parse(await response.json())).toEqual({ delivery: 'email' });
    }
    const mail = await mailTo(stack.admin.email, /パスワード|password/i);
    await expectConsistently(() =>
      expect(mailbox.mails.some((candidate) => candidate.to.includes('nobody@example.test'))).toBe(false),
    );
    const token = linkIn(mail, '/reset-password');
    const tooShort = await publicPost('/api/auth/password-reset', { token, password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(apiErrorSchema.parse(await tooShort.json()).issues?.[0]?.path).toBe('password');
    expect(
      (await publicPost('/api/auth/password-reset', { token, password: 'a brand new password' })).status,
    ).toBe(204);
    // The session from before the reset is over; the new password signs in; the link is spent.
    expect((await admin.raw('GET', '/api/auth/session')).status).toBe(401);
    await new EngineClient(stack.engine.url).signIn(stack.admin.email, 'a brand new password');
    await expect(
      new EngineClient(stack.engine.url).signIn(stack.admin.email, stack.admin.password),
    ).rejects.toBeInstanceOf(ApiCallError);
    expect(
      (await publicPost('/api/auth/password-reset', { token, password: 'yet another password' })).status,
    ).toBe(404);
  });
});
