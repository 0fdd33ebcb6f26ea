import { defaultAutomaticReplies } from '@parley/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { i18nInstance } from '../../i18n/translator.test-support';
import { autoRepliesValues, type AutoRepliesValues } from './automatic-replies-form';
import { BusinessHoursFields } from './BusinessHoursFields';

vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'ja', locale: 'ja' }) }));

function Harness() {
  const values = autoRepliesValues(defaultAutomaticReplies, (_language, kind) => kind);
  values.hours.enabled = true;
  const form = useForm<AutoRepliesValues>({ defaultValues: values });
  return <BusinessHoursFields form={form} />;
}

describe('BusinessHoursFields', () => {
  it('keeps the test ids the browser tests use, now that routing shares its editor', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18nInstance('ja')}>
        <Harness />
      </I18nextProvider>,
    );
    for (const testId of [
      'auto-replies-hours-enabled',
      'auto-replies-time-zone',
      'hours-day-6-open',
      'hours-day-5-closes-0',
      'closed-date-add',
    ])
      expect(html, testId).toContain(`data-testid="${testId}"`);
    expect(html).toContain('月曜日');
  });
});
