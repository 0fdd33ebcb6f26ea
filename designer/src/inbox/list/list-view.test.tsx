import type { Team } from '@parley/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nInstance } from '../../i18n/translator.test-support';
import { ConversationList } from '../ConversationList';
import { emptyList, type ListState } from '../inbox-state';
import { EmptyList } from './EmptyList';
import { BILLING, ME, routed, SALES, sato, tanaka, viewOf } from './fixtures.test-support';
import { resolveFilters } from './inbox-search';
import { ListFilterBar } from './ListFilterBar';
import { renderInInbox, tagsOf, textOf } from './render-in-inbox.test-support';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ViewTabs } from './ViewTabs';

const lang = vi.hoisted(() => ({ current: 'en' }));
vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: lang.current, locale: lang.current }) }));

const team = (t: { id: string; name: string }, members: string[]): Team => ({
  ...t,
  strategy: 'round_robin',
  fallbackStrategy: 'round_robin',
  members: members.map((userId) => ({ userId, capacity: null })),
  defaultCapacity: 5,
  sla: { firstResponseMinutes: null, onBreach: 'reassign', escalateToTeamId: null, businessHoursOnly: false },
  createdAt: '2025-01-01T00:00:00.000Z',
});
const teams = [team(SALES, [ME]), team(BILLING, [])];

const ready = (view: ReturnType<typeof viewOf>, items: ListState['items']): ListState => ({
  ...emptyList(view),
  status: 'ready',
  items,
});
const noop = () => undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(Date.UTC(2025, 0, 1, 11, 45))); // routed(…, m) queued at 11:m
  lang.current = 'en';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the conversation list', () => {
  it('shows the queue with each conversation’s team and wait, and keeps the address in its links', async () => {
    const list = ready(viewOf({ view: 'queue' }), [routed('a', 3, null), routed('b', 40, null)]);
    const html = await renderInInbox(
      <ConversationList list={list} me={ME} onRetry={noop} onLoadMore={noop} />,
      `/inbox/a?view=queue&teamId=${SALES.id}`,
      'en',
    );
    expect(tagsOf(html, 'queue-wait')).toHaveLength(2);
    expect(textOf(html, 'queue-wait')).toBe('Waiting for 42m');
    expect(textOf(html, 'conversation-owner')).toBe('Queued in Sales');
    // Opening another conversation keeps the view and the team.
    expect(html).toContain(`href="/inbox/b?view=queue&amp;teamId=${SALES.id}"`);
  });

  it('says who has each conversation, and which are snoozed or closed', async () => {
    const list = ready(viewOf({ view: 'all', status: 'any' }), [
      routed('a', 9, sato),
      routed('b', 8, tanaka, { status: 'snoozed' }),
      routed('c', 7, null, { queuedAt: null, team: null, status: 'closed' }),
      routed('d', 6, null),
    ]);
    lang.current = 'ja';
    const html = await renderInInbox(
      <ConversationList list={list} me={ME} onRetry={noop} onLoadMore={noop} />,
      '/inbox?view=all&status=any',
      'ja',
    );
    // What is read out: the avatars' initials are hidden from screen readers.
    const owners = [...html.matchAll(/data-testid="conversation-owner"[^>]*>(.*?)<\/span><\/span>/g)].map(
      (m) =>
        (m[1] ?? '').replace(/<span[^>]*aria-hidden="true"[^>]*>[^<]*<\/span>/g, '').replace(/<[^>]+>/g, ''),
    );
    expect(owners).toEqual([
      '担当: 佐藤 花子（自分）',
      '担当: 田中 愛子',
      '未割り当て',
      'Sales のキューで待機中待ち時間 39分',
    ]);
    expect(
      [...html.matchAll(/data-testid="conversation-status"><span[^>]*>([^<]*)</g)].map((m) => m[1]),
    ).toEqual(['スヌーズ中', 'クローズ済み']);
  });

  it('tells an empty view apart from an empty filter, with a way out', async () => {
    const mine = resolveFilters({ view: 'mine' }, 'mine');
    const html = await renderInInbox(
      <EmptyList filters={mine} inATeam onClearFilters={noop} />,
      '/inbox/a?view=mine&channel=telegram',
      'en',
    );
    expect(html).toContain('Nothing assigned to you');
    expect(tagsOf(html, 'empty-see-queue')[0]).toContain('href="/inbox/a?view=queue&amp;channel=telegram"');
    expect(tagsOf(html, 'empty-see-all')).toHaveLength(1);

    const filtered = resolveFilters({ view: 'mine', channel: 'telegram' }, 'mine');
    const none = await renderInInbox(
      <EmptyList filters={filtered} inATeam onClearFilters={noop} />,
      '/inbox',
      'ja',
    );
    expect(none).toContain('条件に合う会話はありません');
    expect(none).toContain('絞り込みを解除');

    const queue = resolveFilters({ view: 'queue' }, 'mine');
    const lonely = await renderInInbox(
      <EmptyList filters={queue} inATeam={false} onClearFilters={noop} />,
      '/inbox',
      'en',
    );
    expect(lonely).toContain('You aren’t in a team yet.');
  });
});

describe('the view tabs', () => {
  it('count each view’s open conversations and mark the one shown', async () => {
    const counts = { mine: 3, unassigned: 12, team: 7, queue: 2, all: 1234 };
    const html = await renderInInbox(
      <ViewTabs current="mine" counts={counts} countsFailed={false} />,
      `/inbox/a?teamId=${SALES.id}`,
      'en',
    );
    expect(textOf(html, 'view-tab-mine')).toBe('Mine33 open');
    expect(textOf(html, 'view-tab-all')).toBe('All1,2341234 open');
    expect(tagsOf(html, 'view-tab-mine')[0]).toContain('aria-current="page"');
    expect(tagsOf(html, 'view-tab-queue')[0]).not.toContain('aria-current');
    // A tab changes the view and keeps the open conversation and the other filters.
    expect(tagsOf(html, 'view-tab-queue')[0]).toContain(`href="/inbox/a?teamId=${SALES.id}&amp;view=queue"`);
  });

  it('say so in Japanese, and when the counts could not be read', async () => {
    lang.current = 'ja';
    const html = await renderInInbox(
      <ViewTabs current="queue" counts={undefined} countsFailed />,
      '/inbox',
      'ja',
    );
    expect(['mine', 'unassigned', 'team', 'queue', 'all'].map((v) => textOf(html, `view-tab-${v}`))).toEqual([
      '自分の担当',
      '未割り当て',
      '自分のチーム',
      'キュー',
      'すべて',
    ]);
    expect(html).toContain('件数を読み込めませんでした。');
  });
});

describe('the list’s filters', () => {
  const render = (search: Parameters<typeof resolveFilters>[0], failed = false) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18nInstance('en')}>
        <ListFilterBar
          filters={resolveFilters(search, 'mine')}
          teams={teams}
          teamsFailed={failed}
          myTeamIds={[SALES.id]}
          onChange={noop}
          onClear={noop}
        />
      </I18nextProvider>,
    );
  const labels = (html: string) => [...html.matchAll(/<label[^>]*>([^<]*)<\/label>/g)].map((m) => m[1]);

  it('offer status, window, channel and tag in Mine, open by default', () => {
    const html = render({ view: 'mine' });
    expect(labels(html)).toEqual(['Status', 'Reply window', 'Channel', 'Contact tag']);
    expect(html).toContain('<option value="open" selected="">Open</option>');
    expect(html).not.toContain('Any status');
    expect(html).not.toContain('Clear filters');
  });

  it('add the team in the queue (no status: it is only ever open), mine first', () => {
    const html = render({ view: 'queue', teamId: BILLING.id });
    expect(labels(html)).toEqual(['Reply window', 'Channel', 'Team', 'Contact tag']);
    expect(html).toMatch(
      /<option value="">All my teams<\/option><optgroup label="Your teams"><option value="[^"]+">Sales<\/option><\/optgroup><optgroup label="Other teams"><option value="[^"]+" selected="">Billing<\/option>/,
    );
    expect(html).toContain('Clear filters');
  });

  it('offer any status and every team in All, and say when the teams could not be read', () => {
    const html = render({ view: 'all', status: 'any', tag: 'vip' }, true);
    expect(html).toContain('<option value="any" selected="">Any status</option>');
    expect(html).toContain('<option value="" selected="">All teams</option>');
    expect(html).toContain('value="vip"');
    expect(html).toContain('Couldn’t load the teams.');
  });
});

describe('the keyboard shortcuts’ help', () => {
  it('lists every shortcut in both languages, closing only for those who may', () => {
    const render = (l: 'en' | 'ja', canClose: boolean) =>
      renderToStaticMarkup(
        <I18nextProvider i18n={i18nInstance(l)}>
          <ShortcutsDialog canClose={canClose} onClose={noop} />
        </I18nextProvider>,
      );
    const rows = (html: string) =>
      [...html.matchAll(/<kbd class="kbd">([^<]*)<\/kbd><\/dt><dd>([^<]*)<\/dd>/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    expect(rows(render('en', true))).toEqual([
      'j Open the next conversation',
      'k Open the previous conversation',
      'r Write a reply',
      'e Close the conversation and open the next one',
      '? Show these shortcuts',
    ]);
    expect(rows(render('ja', false))).toEqual([
      'j 次の会話を開く',
      'k 前の会話を開く',
      'r 返信を入力する',
      '? このショートカット一覧を表示する',
    ]);
  });
});
