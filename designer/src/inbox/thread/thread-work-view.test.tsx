import type { Conversation, Permission } from '@parley/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../i18n/languages';
import { i18nInstance } from '../../i18n/translator.test-support';
import { ContactPanelBody } from '../contact-panel/ContactPanel';
import { CannedReplyPopup } from '../composer/CannedReplyPopup';
import { channelLimitsQuery } from '../composer/channel-limits.query';
import { whatsappLimits } from '../composer/composer.fixtures.test-support';
import { ThreadComposer } from '../composer/ThreadComposer';
import { conversation as conversationAt, message } from '../fixtures.test-support';
import { emptyThread } from '../inbox-state';
import { MessageList } from '../MessageList';
import { billing, CONVERSATION, event, note, sato, tanaka } from './fixtures.test-support';
import { OwnershipBar } from './OwnershipBar';
import { SnoozeDialog } from './SnoozeDialog';
import { TransferDialog } from './TransferDialog';

// The signed-in person: Sato, an agent, unless a test gives more permissions.
const session = vi.hoisted(() => ({ permissions: [] as string[], lang: 'en' }));
vi.mock('../../shell/use-session', () => ({
  useSession: () => ({
    user: { id: '00000000-0000-4000-8000-000000000001', name: 'Sato' },
    permissions: session.permissions,
  }),
  useCan: (permission: string) => session.permissions.includes(permission),
}));
vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: session.lang, locale: session.lang }) }));
// The composer's template button and price line need more of the session; they have their own tests.
vi.mock('../../templates/send/SendTemplateButton', () => ({ SendTemplateButton: () => null }));
vi.mock('../../credits/price/ComposerPrice', () => ({ ComposerPrice: () => null }));

const agent: Permission[] = ['inbox:read', 'messages:send'];
const admin: Permission[] = [...agent, 'routing:manage', 'users:manage'];
beforeEach(() => {
  session.permissions = agent;
});

function render(node: ReactNode, lang: Lang = 'en', queryClient = new QueryClient()) {
  session.lang = lang;
  queryClient.setQueryData(channelLimitsQuery.queryKey, [{ channel: 'whatsapp', limits: whatsappLimits }]);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>
    </QueryClientProvider>,
  );
}

/** The opening tag of the element with this test id. */
const tag = (html: string, testId: string) =>
  new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';
/** The text inside the element with this test id (its first level of markup stripped). */
const text = (html: string, testId: string) =>
  (new RegExp(`data-testid="${testId}"[^>]*>(.*?)</`).exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '');
const noop = () => undefined;

const conversation = (patch: Partial<Conversation>) => conversationAt(CONVERSATION, 1, patch);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000 - 5_000).toISOString();

describe('OwnershipBar', () => {
  it('says how long a queued conversation has waited, and lets an agent take it', () => {
    const queued = conversation({ status: 'open', team: billing, assignee: null, queuedAt: minutesAgo(12) });
    const html = render(<OwnershipBar conversation={queued} onMoved={noop} />);
    expect(text(html, 'ownership-owner')).toBe('Queued in Billing for 12 min');
    expect(text(html, 'ownership-status')).toBe('Open');
    expect(tag(html, 'ownership-assign-me')).toContain('button--primary');
    for (const action of ['assign', 'transfer', 'snooze', 'close', 'automation'])
      expect(tag(html, `ownership-${action}`)).toContain('<button');
    expect(html).not.toContain('data-testid="ownership-reopen"');
  });

  it('names the agent (the reader themselves) and the team, in Japanese', () => {
    const mine = conversation({ status: 'open', team: billing, assignee: sato, queuedAt: null });
    const html = render(<OwnershipBar conversation={mine} onMoved={noop} />, 'ja');
    expect(text(html, 'ownership-owner')).toBe('Billing · 担当者: Sato（自分）');
    expect(html).not.toContain('data-testid="ownership-assign-me"');
    expect(text(html, 'ownership-transfer')).toBe('転送…');
    expect(text(html, 'ownership-automation')).toBe('自動応答に戻す');
  });

  it('says automation answers a conversation nobody has', () => {
    const html = render(
      <OwnershipBar
        conversation={conversation({ status: 'open', team: null, assignee: null })}
        onMoved={noop}
      />,
    );
    expect(text(html, 'ownership-owner')).toBe('Unassigned — automation replies');
    expect(html).not.toContain('data-testid="ownership-automation"');
  });

  it('offers an agent no moves on another agent’s conversation, and an admin every one', () => {
    const others = conversation({ status: 'open', team: billing, assignee: tanaka });
    const html = render(<OwnershipBar conversation={others} onMoved={noop} />);
    expect(html).toContain('data-testid="ownership-not-yours"');
    expect(html).not.toContain('ownership-bar__actions');
    expect(html).not.toContain('data-testid="ownership-close"');
    session.permissions = admin;
    const asAdmin = render(<OwnershipBar conversation={others} onMoved={noop} />);
    expect(asAdmin).not.toContain('data-testid="ownership-not-yours"');
    expect(tag(asAdmin, 'ownership-assign')).toContain('<button');
  });

  it('offers reopening a closed conversation', () => {
    const closed = conversation({ status: 'closed', team: billing, assignee: null });
    const html = render(<OwnershipBar conversation={closed} onMoved={noop} />, 'ja');
    expect(text(html, 'ownership-status')).toBe('クローズ済み');
    expect(text(html, 'ownership-reopen')).toBe('再オープン');
    expect(html).not.toContain('data-testid="ownership-snooze"');
  });

  it('says until when a snoozed conversation opens again', () => {
    const until = '2025-01-06T00:00:00.000Z';
    const snoozed = conversation({ status: 'snoozed', team: billing, assignee: sato, snoozedUntil: until });
    const html = render(<OwnershipBar conversation={snoozed} onMoved={noop} />, 'en');
    expect(text(html, 'ownership-status')).toMatch(/^Snoozed until .*2025/);
    const unknown = conversation({ status: 'snoozed', team: billing, assignee: sato, snoozedUntil: null });
    expect(text(render(<OwnershipBar conversation={unknown} onMoved={noop} />), 'ownership-status')).toBe(
      'Snoozed',
    );
  });

  it('shows nothing for an engine without routing', () => {
    expect(render(<OwnershipBar conversation={conversation({})} onMoved={noop} />)).toBe('');
  });
});

describe('the move dialogs', () => {
  const queued = conversation({ status: 'open', team: billing, assignee: null });

  it('transfers to an agent (first) or a team’s queue, with a note of at most 1000 characters', () => {
    const html = render(<TransferDialog conversation={queued} onClose={noop} onMoved={noop} />);
    expect(tag(html, 'transfer-to-agent')).toContain('checked=""');
    expect(tag(html, 'transfer-to-team')).toContain('type="radio"');
    expect(tag(html, 'move-agent')).toContain('<select');
    expect(html).toContain('0 / 1000 characters');
    expect(tag(html, 'transfer-submit')).toContain('disabled=""');
  });

  it('lets an admin choose between an agent and a team', () => {
    session.permissions = admin;
    const html = render(<TransferDialog conversation={queued} onClose={noop} onMoved={noop} />, 'ja');
    expect(tag(html, 'transfer-to-agent')).toContain('checked=""');
    expect(html).toContain('チームのキュー');
    expect(tag(html, 'move-agent')).toContain('<select');
  });

  it('offers the snooze presets with their times, and a custom time', () => {
    const html = render(<SnoozeDialog conversation={queued} onClose={noop} onMoved={noop} />);
    expect(tag(html, 'snooze-hour')).toContain('checked=""');
    expect(html).toContain('Tomorrow at 9:00');
    expect(html).toContain('Next Monday at 9:00');
    expect(tag(html, 'snooze-custom')).toContain('type="radio"');
    expect(html).toMatch(/Times are in your time zone \(.+\)/);
  });
});

describe('MessageList', () => {
  it('shows ownership events and internal notes between the messages, in time order', () => {
    const thread = {
      ...emptyThread(CONVERSATION),
      status: 'ready' as const,
      messages: [message('m1', 1, { direction: 'inbound' }), message('m2', 5, { sentBy: sato })],
    };
    const html = render(
      <MessageList
        thread={thread}
        contactName="Hanako"
        events={[event(1, 'transferred', 3, { actor: tanaka, toTeam: billing, note: 'about the invoice' })]}
        notes={[note(1, 7, { text: 'Called her back' })]}
        onLoadEarlier={noop}
      />,
    );
    const order = [...html.matchAll(/data-(?:message-id="(m\d)"|testid="(timeline-\w+)")/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(order).toEqual(['m1', 'timeline-event', 'm2', 'timeline-note']);
    expect(html).toContain(
      'Transferred to Billing by Tanaka: <q class="timeline-event__note">about the invoice</q>',
    );
    expect(html).toContain('Internal note · Tanaka');
    expect(html).toContain('Only your team sees this. It is never sent to the customer.');
    expect(html).toContain('<svg'); // the lock
  });
});

describe('ThreadComposer', () => {
  const open = conversation({
    status: 'open',
    window: {
      unlimited: false,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      entryPointExpiresAt: null,
    },
  });

  it('switches between a reply and an internal note, the reply first', () => {
    const html = render(
      <ThreadComposer
        conversation={open}
        contactName="Hanako"
        replyTo={null}
        onClearReply={noop}
        onSent={noop}
      />,
    );
    expect(tag(html, 'composer-kind-reply')).toContain('checked=""');
    expect(tag(html, 'composer-kind-note')).not.toContain('checked');
    expect(html).toMatch(/<div class="work-composer__side" hidden="">\s*<section class="note-composer"/);
  });

  it('gives the message box its id and a canned-reply combobox', () => {
    const html = render(
      <ThreadComposer
        conversation={open}
        contactName="Hanako"
        replyTo={null}
        onClearReply={noop}
        onSent={noop}
      />,
    );
    const box = tag(html, 'composer-text');
    expect(box).toContain('id="composer-text"');
    expect(box).toContain('role="combobox"');
    expect(box).toContain('aria-autocomplete="list"');
    expect(box).toContain('aria-expanded="false"');
    expect(html).toContain('Type / for canned replies.');
  });

  it('writes notes only, said to stay with the team, when the account takes no replies', () => {
    const off = { ...open, channelAccount: { ...open.channelAccount, enabled: false } };
    const html = render(
      <ThreadComposer
        conversation={off}
        contactName="Hanako"
        replyTo={null}
        onClearReply={noop}
        onSent={noop}
      />,
      'ja',
    );
    expect(html).not.toContain('data-testid="composer-kind"');
    expect(html).not.toContain('data-testid="composer-text"');
    expect(tag(html, 'note-text')).toContain('aria-label="社内メモ"');
    expect(html).toContain('チームのメンバーだけに表示されます。お客様には送信されません。');
    expect(tag(html, 'note-add')).toContain('disabled=""');
  });

  it('is read-only without permission to send', () => {
    session.permissions = ['inbox:read'];
    const html = render(
      <ThreadComposer
        conversation={open}
        contactName="Hanako"
        replyTo={null}
        onClearReply={noop}
        onSent={noop}
      />,
    );
    expect(html).toContain('data-testid="composer-read-only"');
    expect(html).not.toContain('note-composer');
  });
});

describe('CannedReplyPopup', () => {
  const replies = [
    {
      id: '00000000-0000-4000-8000-000000000301',
      shortcut: 'thanks',
      title: 'Thank you',
      text: 'Thank you for your message,\n{{contact.name}}.',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    {
      id: '00000000-0000-4000-8000-000000000302',
      shortcut: 'hours',
      title: 'Opening hours',
      text: 'We are open 9:00–18:00.',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
  ];
  const popup = (patch: Partial<Parameters<typeof CannedReplyPopup>[0]> = {}, lang: Lang = 'en') =>
    render(
      <CannedReplyPopup
        listboxId="box"
        optionId={(i) => `box-${i}`}
        query="th"
        matches={replies}
        activeIndex={1}
        loading={false}
        loadError={null}
        onRetry={noop}
        onActivate={noop}
        onPick={noop}
        {...patch}
      />,
      lang,
    );

  it('lists the matches as a listbox, the active one selected', () => {
    const html = popup();
    expect(html).toContain(
      '<ul id="box" role="listbox" class="canned-popup__list" aria-label="Canned replies">',
    );
    expect(html).toMatch(/<li id="box-0" role="option" aria-selected="false"/);
    expect(html).toMatch(/<li id="box-1" role="option" aria-selected="true"/);
    expect(html).toContain('/thanks');
    expect(html).toContain('Thank you for your message, {{contact.name}}.');
    expect(html).toContain('2 canned replies');
  });

  it('says when nothing matches, or while loading', () => {
    expect(popup({ matches: [] }, 'ja')).toContain('「/th」に一致する定型文はありません。');
    expect(popup({ matches: [], loading: true })).toContain('Loading canned replies…');
    expect(popup({ matches: [], query: '' })).toContain('There are no canned replies yet.');
  });
});

describe('ContactPanelBody', () => {
  const profile = {
    id: '00000000-0000-4000-8000-000000000077',
    name: 'Hanako Yamada',
    platformId: '819012345678',
    userId: 'JP.1234567890',
    username: 'hanako',
    channelAccountId: '00000000-0000-4000-8000-000000000078',
    language: 'ja',
    tags: ['vip', 'wholesale'],
    notes: [
      {
        id: '00000000-0000-4000-8000-000000000079',
        text: 'Prefers mornings',
        author: tanaka,
        createdAt: '2025-01-02T01:00:00.000Z',
      },
    ],
    createdAt: '2024-12-01T00:00:00.000Z',
  };

  it('shows how the platform knows the customer, their language, tags and notes', () => {
    const html = render(<ContactPanelBody profile={profile} channel="whatsapp" editable />);
    expect(html).toContain('<dd>+81 90 1234 5678</dd>');
    expect(html).toContain('<dd>JP.1234567890</dd>');
    expect(html).toContain('<dd>@hanako</dd>');
    expect(html).toMatch(/<option value="ja" selected="">Japanese \(ja\)<\/option>/);
    expect(html).toContain('Remove the tag vip');
    expect(html.match(/data-testid="contact-tag-remove"/g)).toHaveLength(2);
    expect(html).toContain('Prefers mornings');
    expect(tag(html, 'contact-note-add')).toContain('<button');
  });

  it('lists an unusual language as it is, and offers a typed tag', () => {
    const html = render(
      <ContactPanelBody profile={{ ...profile, language: 'sv-FI' }} channel="whatsapp" editable />,
    );
    expect(html).toMatch(/<option value="sv-FI" selected="">.*\(sv-FI\)<\/option>/);
    expect(html).toContain('Another language…');
  });

  it('is read-only for people who may not send messages', () => {
    const html = render(<ContactPanelBody profile={profile} channel="whatsapp" editable={false} />, 'ja');
    expect(html).not.toContain('<select');
    expect(html).not.toContain('data-testid="contact-tag-remove"');
    expect(html).not.toContain('data-testid="contact-note-add"');
    expect(text(html, 'contact-language')).toBe('日本語（ja）');
  });
});
