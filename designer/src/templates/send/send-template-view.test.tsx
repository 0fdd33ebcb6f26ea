import { renderToStaticMarkup } from 'react-dom/server';
import { useForm, type FieldErrors } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/languages';
import { i18nInstance } from '../../i18n/translator.test-support';
import { templateContent, usableTemplate } from '../fixtures.test-support';
import type { UsableTemplate } from '../templates.api';
import { ParameterFields } from './ParameterFields';
import { parameterFields, TEMPLATE_FIELD, type SendTemplateFormValues } from './send-template-form';
import { TemplateChoices } from './TemplateChoices';

const render = (node: React.ReactNode, lang: Lang) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>);

function Choices({ templates }: { templates: UsableTemplate[] }) {
  const form = useForm<SendTemplateFormValues>();
  return (
    <TemplateChoices
      templates={templates}
      registration={form.register(TEMPLATE_FIELD)}
      error={undefined}
      locale="en"
    />
  );
}

function Fields({ template, errors = {} }: { template: UsableTemplate; errors?: FieldErrors }) {
  const form = useForm<SendTemplateFormValues>();
  return (
    <ParameterFields fields={parameterFields(template.content!)} register={form.register} errors={errors} />
  );
}

/** The text of the element with this id. */
const textOf = (html: string, id: string) =>
  new RegExp(`id="${id}"[^>]*>(.*?)</span>`).exec(html)?.[1]?.replace(/<[^>]+>/g, '');

describe('TemplateChoices', () => {
  const on = usableTemplate('thanks_coupon', {
    content: templateContent({ category: 'MARKETING' }),
  });
  const off = usableTemplate('order_update', { enabled: false }, 'TEMPLATE_DISABLED');

  it('is a radio group named Template whose choices are named by the template', () => {
    const html = render(<Choices templates={[on, off]} />, 'en');
    expect(html).toMatch(/<fieldset role="radiogroup"[^>]*><legend class="field__label">Template<\/legend>/);
    const radios = [...html.matchAll(/<input type="radio"[^>]*>/g)].map((m) => m[0]);
    expect(radios).toHaveLength(2);
    const named = (radio: string) => textOf(html, /aria-labelledby="([^"]+)"/.exec(radio)?.[1] ?? '');
    expect(radios.map(named)).toEqual(['thanks_coupon', 'order_update']);
    expect(radios[0]).not.toContain('disabled');
    expect(html).toContain('Japanese (ja) · Marketing');
  });

  it('disables a template that can’t be sent, with the reason in its description', () => {
    const html = render(<Choices templates={[off]} />, 'ja');
    const radio = /<input type="radio"[^>]*>/.exec(html)?.[0] ?? '';
    expect(radio).toContain('disabled=""');
    const described = /aria-describedby="([^"]+)"/.exec(radio)?.[1]?.split(' ') ?? [];
    expect(described.map((id) => textOf(html, id))).toContain(
      'Parley でオフになっています。管理者がテンプレート画面でオンにできます。',
    );
    expect(html).toContain('<legend class="field__label">テンプレート</legend>');
  });
});

describe('ParameterFields', () => {
  const order = usableTemplate('order_ready', {
    content: templateContent({
      category: 'MARKETING',
      header: { format: 'TEXT', text: 'Order {{1}}', example: 'A-12' },
      body: 'Hello {{1}}, see you {{2}}.',
      examples: { '1': 'Aiko', '2': 'soon' },
      buttons: [
        { type: 'URL', text: 'Track', url: 'https://shop.example/t/{{1}}', example: 'A-12' },
        { type: 'COPY_CODE', example: 'SAVE10' },
      ],
    }),
  });

  const labels = (html: string) =>
    [...html.matchAll(/<label class="field__label" for="[^"]+">(.*?)<\/label>/g)].map((m) => m[1]);

  it('labels a field per variable, the samples as hints', () => {
    const html = render(<Fields template={order} />, 'en');
    expect(labels(html)).toEqual([
      'Header {{1}}',
      '{{1}}',
      '{{2}}',
      'End of the web address of “Track”',
      'Offer code',
    ]);
    expect(html).toContain('<legend class="field__label">Message text</legend>');
    expect(html).toContain('Sample: Aiko');
    expect(html).toContain('placeholder="soon"');
    expect(html).toContain('The button opens https://shop.example/t/{{1}}');
  });

  it('says it in Japanese, with a field’s error under it', () => {
    const errors = { body_2: { type: 'translated', message: '{{2}} の値を入力してください。' } };
    const html = render(<Fields template={order} errors={errors} />, 'ja');
    expect(labels(html)).toEqual([
      'ヘッダーの {{1}}',
      '{{1}}',
      '{{2}}',
      '「Track」のウェブアドレスの末尾',
      'クーポンコード',
    ]);
    expect(html).toMatch(/aria-invalid="true" aria-describedby="[^"]*-error"[^>]*name="body_2"/);
    expect(html).toContain('class="field__error">{{2}} の値を入力してください。</p>');
  });
});
