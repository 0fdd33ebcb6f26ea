import type { AutomaticRepliesResponse } from '@parley/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { whatsappAccount } from '../integrations/fixtures.test-support';
import { rule, team } from '../routing/fixtures.test-support';
import { AccountHoursCard } from './AccountHoursCard';
import { AccountHoursDialog } from './AccountHoursDialog';
import { HoursUsage } from './HoursUsage';
import { renderInRouter, tags } from './render-in-router.test-support';

vi.mock('../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const accountId = '11111111-1111-4111-8111-111111111111';
const account = whatsappAccount(accountId, 'Tokyo line');
const settings: AutomaticRepliesResponse = {
  language: 'ja',
  greeting: { enabled: false, text: null },
  away: { enabled: true, text: '営業時間外です。' },
  businessHours: {
    timeZone: 'Asia/Tokyo',
    weekly: [
      { day: 1, opens: '09:00', closes: '12:00' },
      { day: 1, opens: '13:00', closes: '18:00' },
    ],
    closedDates: ['2025-01-01', '2025-06-17'],
  },
  fallbackTemplate: null,
  fallbackTemplateProblem: null,
  updatedAt: null,
  updatedBy: null,
};
// Monday 16 June 2025, 10:30 in Tokyo.
const now = new Date('2025-06-16T01:30:00Z');
const noop = () => undefined;

describe('AccountHoursCard', () => {
  it('says whether the account is open now, the time there, its week and its closed days', async () => {
    const html = await renderInRouter(
      <AccountHoursCard
        account={account}
        settings={settings}
        error={null}
        onRetry={noop}
        now={now}
        onEdit={noop}
      />,
      'en',
    );
    expect(tags(html, 'business-hours-state')[0]).toContain('data-state="open"');
    expect(html).toContain('Open now');
    expect(html).toContain('It is 10:30 there (Asia/Tokyo).');
    expect(html).toContain('09:00–12:00, 13:00–18:00');
    expect(html).toMatch(/Tuesday<\/span><span class="muted">Closed</);
    expect(html).toContain('Tue, 17 Jun 2025');
    expect(html).toContain('and 1 closed day in the past');
    expect(tags(html, 'business-hours-edit')).toHaveLength(1);
    expect(html).toContain(`href="/settings/integrations/${accountId}/automatic-replies"`);
  });

  it('says so when the account has no hours, and what that means', async () => {
    const html = await renderInRouter(
      <AccountHoursCard
        account={whatsappAccount(accountId, 'Tokyo line', { connected: false })}
        settings={{ ...settings, away: { enabled: false, text: null }, businessHours: null }}
        error={null}
        onRetry={noop}
        now={now}
        onEdit={noop}
      />,
      'ja',
    );
    expect(tags(html, 'business-hours-state')[0]).toContain('data-state="none"');
    expect(html).toContain('営業時間なし');
    expect(html).toContain('営業時間がないと、「営業時間内だけを数える」目標はすべての時間を数え');
    expect(html).toContain('接続解除済み');
  });

  it('shows a failed load of the account’s settings with a retry, and offers no editing', async () => {
    const html = await renderInRouter(
      <AccountHoursCard
        account={account}
        settings={undefined}
        error={new ApiError('NETWORK', 'offline', 0)}
        onRetry={noop}
        now={now}
        onEdit={noop}
      />,
      'en',
    );
    expect(html).toContain('Couldn’t load this account’s business hours.');
    expect(tags(html, 'business-hours-edit')).toHaveLength(0);
    expect(tags(html, 'business-hours-state')).toHaveLength(0);
  });
});

describe('HoursUsage', () => {
  it('explains what counts these hours, naming the teams and rules concerned', async () => {
    const counting = team(1, 'Support', {
      sla: {
        firstResponseMinutes: 30,
        onBreach: 'reassign',
        escalateToTeamId: null,
        businessHoursOnly: true,
      },
    });
    const allDay = team(2, 'Night', {
      sla: {
        firstResponseMinutes: 30,
        onBreach: 'reassign',
        escalateToTeamId: null,
        businessHoursOnly: false,
      },
    });
    const afterHours = rule(1, 'After hours', {
      conditions: [{ kind: 'business_hours', hours: settings.businessHours!, when: 'closed' }],
    });
    const html = await renderInRouter(
      <HoursUsage teams={[counting, allDay]} rules={[afterHours, rule(2, 'Bookings')]} />,
      'en',
    );
    expect(html).toContain(
      'count only the minutes inside the hours of the account the conversation came in on',
    );
    expect(html).toContain('Teams counting business hours only: Support.');
    expect(html).toContain('Routing rules with a business-hours condition: After hours.');
    expect(html).toContain('keeps hours of its own, set in the rule');
    expect(html).toContain('href="/settings/teams"');
    expect(html).toContain('href="/settings/routing"');
  });

  it('leaves out the lists when teams and rules can’t be read', async () => {
    const html = await renderInRouter(<HoursUsage teams={null} rules={null} />, 'ja');
    expect(tags(html, 'business-hours-usage')).toHaveLength(1);
    expect(tags(html, 'business-hours-usage-teams')).toHaveLength(0);
    expect(tags(html, 'business-hours-usage-rules')).toHaveLength(0);
    expect(html).toContain(
      '振り分けルールの「営業時間」条件は、ルールの中で設定した独自の営業時間で判定します。',
    );
  });
});

describe('AccountHoursDialog', () => {
  it('edits the hours with the automatic replies’ editor, saying nothing else changes', async () => {
    const html = await renderInRouter(
      <AccountHoursDialog account={account} settings={settings} onClose={noop} onSaved={noop} />,
      'en',
    );
    expect(html).toContain('Business hours of Tokyo line');
    expect(html).toContain(
      'Only the hours change: the greeting, away message and fallback template stay as they are.',
    );
    for (const testId of [
      'business-hours-enabled',
      'business-hours-time-zone',
      'business-hours-hours-day-1-open',
      'business-hours-hours-day-1-closes-1',
      'business-hours-closed-date-1',
      'business-hours-closed-date-add',
    ])
      expect(tags(html, testId), testId).toHaveLength(1);
    expect(tags(html, 'business-hours-save')[0]).toContain('type="submit"');
  });

  it('explains what no hours mean when the account has none', async () => {
    const html = await renderInRouter(
      <AccountHoursDialog
        account={account}
        settings={{ ...settings, away: { enabled: false, text: null }, businessHours: null }}
        onClose={noop}
        onSaved={noop}
      />,
      'en',
    );
    expect(tags(html, 'business-hours-time-zone')).toHaveLength(0);
    expect(html).toContain('Without hours, “business hours only” targets count every minute');
  });
});
