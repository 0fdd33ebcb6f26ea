import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../i18n/languages';
import { i18nInstance } from '../../i18n/translator.test-support';
import { whatsappAccount } from '../../integrations/fixtures.test-support';
import { rule, team, uuid } from '../fixtures.test-support';
import { RoutingPreview } from './RoutingPreview';
import { RuleDialog } from './RuleDialog';
import { RuleList } from './RuleList';

vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en' }) }));

const render = (node: React.ReactNode, lang: Lang) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>);

/** The opening tags of the elements with this test id. */
const tags = (html: string, testId: string) =>
  [...html.matchAll(new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`, 'g'))].map((m) => m[0]);

const sales = team(1, '予約窓口');
const rules = [
  rule(1, 'Bookings', { teamId: sales.id }),
  rule(2, 'Old', { enabled: false, teamId: uuid(199) }),
];
const noop = () => undefined;

describe('RuleList', () => {
  const html = render(
    <RuleList
      rules={rules}
      teamName={(id) => (id === sales.id ? sales.name : null)}
      accountName={() => 'Tokyo line'}
      refused={new Map([[uuid(2), ['no such team']]])}
      onMove={noop}
      onToggle={noop}
      onEdit={noop}
      onRemove={noop}
    />,
    'en',
  );

  it('shows each rule in order with its id for the browser test', () => {
    expect(tags(html, 'routing-rule-row').map((tag) => /data-rule-id="([^"]+)"/.exec(tag)?.[1])).toEqual([
      uuid(1),
      uuid(2),
    ]);
    expect(html).toContain('To 予約窓口');
    expect(html).toContain('Contains any of “予約”');
  });

  it('gives every rule a keyboard-draggable handle and arrows that stay focusable at the ends', () => {
    const handles = tags(html, 'routing-rule-handle');
    expect(handles).toHaveLength(2);
    expect(handles[0]).toContain('aria-roledescription="sortable"');
    expect(handles[0]).toContain('aria-label="Drag Bookings"');
    expect(html).toMatch(
      /aria-disabled="true"[^>]*><span aria-hidden="true">↑<\/span><span class="visually-hidden">Move Bookings up/,
    );
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*>.{0,80}Move Bookings down/);
  });

  it('marks a rule that is off, that names a deleted team, or that the API refused', () => {
    expect(html).toContain('role="switch" aria-checked="false" aria-label="Use Old"');
    expect(html).toContain('To a deleted team');
    expect(html).toContain('The server refused this rule: no such team');
  });
});

describe('RoutingPreview', () => {
  it('names the team an empty sample goes to: the default team', () => {
    const html = render(
      <RoutingPreview
        routing={{ rules, defaultTeamId: sales.id }}
        teams={[sales]}
        accounts={[whatsappAccount(uuid(201), 'Tokyo line')]}
      />,
      'ja',
    );
    const [result] = tags(html, 'routing-preview-team');
    expect(result).toContain(`data-team-id="${sales.id}"`);
    expect(html).toMatch(/data-testid="routing-preview-team"[^>]*>予約窓口</);
    expect(html).toContain('当てはまるルールがないため、既定のチームです。');
    expect(html).toContain('Tokyo line (whatsapp)');
  });

  it('says when a conversation would stay unassigned', () => {
    const html = render(
      <RoutingPreview routing={{ rules: [], defaultTeamId: null }} teams={[]} accounts={[]} />,
      'en',
    );
    expect(html).toMatch(/data-testid="routing-preview-team"[^>]*>No one: no rule holds/);
  });
});

describe('RuleDialog', () => {
  const hours = {
    timeZone: 'Asia/Tokyo',
    weekly: [{ day: 1, opens: '09:00', closes: '18:00' }],
    closedDates: [],
  };
  const edited = rule(3, 'After hours', {
    teamId: sales.id,
    conditions: [
      { kind: 'business_hours', hours, when: 'closed' },
      { kind: 'regex', pattern: '予約', flags: [] },
    ],
  });
  const html = render(
    <RuleDialog rule={edited} teams={[sales]} accounts={[]} onClose={noop} onApply={noop} />,
    'en',
  );

  it('edits each condition with its kind’s editor, business hours with the automatic replies’ fields', () => {
    expect(tags(html, 'routing-condition').map((tag) => /data-kind="([^"]+)"/.exec(tag)?.[1])).toEqual([
      'business_hours',
      'regex',
    ]);
    expect(tags(html, 'routing-condition-0-time-zone')).toHaveLength(1);
    expect(tags(html, 'routing-condition-0-hours-day-1-open')).toHaveLength(1);
    expect(tags(html, 'routing-condition-0-closed-date-add')).toHaveLength(1);
    expect(tags(html, 'hours-day-1-open')).toHaveLength(0);
  });

  it('tests the regular expression live, and offers every kind of condition to add', () => {
    expect(html).toMatch(/data-testid="routing-condition-1-test" data-state="empty">Write a sample message/);
    const kinds = /data-testid="routing-condition-kind"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect([...kinds.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'channel_account',
      'keyword',
      'regex',
      'quick_reply_payload',
      'contact_language',
      'contact_tag',
      'business_hours',
    ]);
  });
});
