import { describe, expect, it } from 'vitest';
import { renderInRouter, tags } from '../../business-hours/render-in-router.test-support';
import { team } from '../fixtures.test-support';
import { TeamDialog } from './TeamDialog';

const noop = () => undefined;
const withSla = (businessHoursOnly: boolean) =>
  team(1, 'Support', {
    sla: { firstResponseMinutes: 30, onBreach: 'reassign', escalateToTeamId: null, businessHoursOnly },
  });

describe('SlaFields', () => {
  it('says whose business hours “business hours only” counts, linking to them (in a new tab)', async () => {
    const html = await renderInRouter(
      <TeamDialog team={withSla(true)} teams={[]} users={[]} onClose={noop} onSaved={noop} />,
      'en',
    );
    const link = tags(html, 'team-sla-business-hours-link')[0] ?? '';
    expect(link).toContain('href="/settings/business-hours"');
    expect(link).toContain('target="_blank"');
    expect(html).toContain('Counts the business hours of the account each conversation came in on');
    expect(html).toContain('Set business hours<span class="visually-hidden"> (opens in a new tab)</span>');
  });

  it('keeps the hint for when the option is chosen', async () => {
    const html = await renderInRouter(
      <TeamDialog team={withSla(false)} teams={[]} users={[]} onClose={noop} onSaved={noop} />,
      'ja',
    );
    expect(tags(html, 'team-sla-business-hours')).toHaveLength(1);
    expect(tags(html, 'team-sla-business-hours-link')).toHaveLength(0);
  });
});
