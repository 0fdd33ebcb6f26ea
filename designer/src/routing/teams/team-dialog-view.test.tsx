import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18nInstance } from '../../i18n/translator.test-support';
import { team, user, uuid } from '../fixtures.test-support';
import { TeamDialog } from './TeamDialog';

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={i18nInstance('en')}>{node}</I18nextProvider>
    </QueryClientProvider>,
  );
const tag = (html: string, testId: string) =>
  new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';
const noop = () => undefined;

describe('TeamDialog', () => {
  const sales = team(1, 'Sales', {
    strategy: 'sticky',
    members: [{ userId: uuid(1), capacity: 3 }],
    sla: {
      firstResponseMinutes: 30,
      onBreach: 'escalate',
      escalateToTeamId: uuid(102),
      businessHoursOnly: false,
    },
  });
  const support = team(2, 'Support');
  const users = [user(1, 'Aoi Sato'), user(2, 'Ben Ito'), user(3, 'Chie Mori', { status: 'deactivated' })];

  // The fields are uncontrolled (react-hook-form fills them once mounted): their values are
  // team-form.test.ts's; here, what is shown and offered.
  it('has the fields the browser test fills, and sticky’s fallback for a sticky team', () => {
    const html = render(
      <TeamDialog team={sales} teams={[sales, support]} users={users} onClose={noop} onSaved={noop} />,
    );
    expect(tag(html, 'team-name')).toContain('name="name"');
    expect(tag(html, 'team-strategy')).toContain('name="strategy"');
    expect(tag(html, 'team-save')).toContain('type="submit"');
    expect(tag(html, 'team-fallback-strategy')).toBeTruthy();
    expect(html).toContain('The contact’s previous agent when they can take it');
  });

  it('lists the members with their capacity, and offers only active people not yet in it', () => {
    const html = render(
      <TeamDialog team={sales} teams={[sales, support]} users={users} onClose={noop} onSaved={noop} />,
    );
    expect(tag(html, 'team-member-capacity-0')).toContain('aria-label="Capacity of Aoi Sato"');
    const choices = /data-testid="team-member-choice"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect(choices).toContain('Ben Ito');
    expect(choices).not.toContain('Aoi Sato');
    expect(choices).not.toContain('Chie Mori');
  });

  it('escalates only to another team', () => {
    const html = render(
      <TeamDialog team={sales} teams={[sales, support]} users={users} onClose={noop} onSaved={noop} />,
    );
    const escalate = /data-testid="team-sla-escalate-to"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect(escalate).toContain('Support');
    expect(escalate).not.toContain('>Sales<');
  });
});
