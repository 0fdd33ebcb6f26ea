import { describe, expect, it, vi } from 'vitest';
import { tags } from '../../business-hours/render-in-router.test-support';
import { whatsappAccount } from '../../integrations/fixtures.test-support';
import type { Feedback } from '../../ui/use-feedback';
import { flowFileName } from '../draft/download';
import { ACCOUNT_ID, flowSummary } from '../fixtures.test-support';
import { renderFlowsView } from '../render.test-support';
import { FlowsTable } from './FlowsTable';

vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en-GB' }) }));

const noop = () => undefined;
const feedback: Feedback = { message: '', error: null, announce: noop, fail: noop };
const flows = [
  flowSummary(),
  flowSummary({
    id: '66666666-6666-4666-8666-666666666666',
    name: 'Appointments',
    description: '',
    status: 'draft',
    publishedVersion: null,
    unpublishedChanges: true,
    channelAccountIds: [],
    problemCount: 2,
    runningCount: 0,
    updatedBy: null,
  }),
];

describe('the flows list', () => {
  it('shows each flow’s state, version, accounts, problems, runs and last edit, by name', async () => {
    const html = await renderFlowsView(
      <FlowsTable flows={flows} accounts={[whatsappAccount(ACCOUNT_ID, 'Tokyo line')]} feedback={feedback} />,
    );
    expect(tags(html, 'flow-row').map((tag) => /data-flow-id="([^"]+)"/.exec(tag)?.[1])).toEqual([
      '66666666-6666-4666-8666-666666666666',
      flows[0]?.id,
    ]);
    expect(tags(html, 'flow-status').map((tag) => /data-status="(\w+)"/.exec(tag)?.[1])).toEqual([
      'draft',
      'active',
    ]);
    expect(html).toContain('Version 2');
    expect(html).toContain('Unpublished changes');
    expect(html).toContain('Tokyo line');
    expect(html).toContain('2 problems');
    expect(html).toContain('Aiko Tanaka');
    expect(html).toContain(`href="/flows/${flows[0]?.id}"`);
    expect(tags(html, 'flow-duplicate')).toHaveLength(2);
    expect(tags(html, 'flow-delete')).toHaveLength(2);
  });

  it('speaks Japanese', async () => {
    const html = await renderFlowsView(<FlowsTable flows={flows} accounts={null} feedback={feedback} />, {
      lang: 'ja',
    });
    expect(html).toContain('>下書き<');
    expect(html).toContain('>有効<');
    expect(html).toContain('ほか 1 件のアカウント');
    expect(html).toContain('2 件の問題');
  });

  it('names an exported file after the flow', () => {
    expect(flowFileName('Welcome menu')).toBe('Welcome menu.parley-flow.json');
    expect(flowFileName('A/B: test?')).toBe('A-B- test-.parley-flow.json');
    expect(flowFileName('///')).toBe('-.parley-flow.json');
  });
});
