import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/languages';
import { i18nInstance, translator } from '../../i18n/translator.test-support';
import { messagePrice } from '../fixtures.test-support';
import { MessagePriceLine } from './MessagePriceLine';
import { priceText } from './price-text';

describe('priceText', () => {
  it('says what a template costs against the balance', () => {
    const price = messagePrice({ credits: 13, balance: 120 });
    expect(priceText(price, 'template', translator('ja'), 'ja')).toBe('13 クレジット（残高 120）');
    expect(priceText(price, 'template', translator('en'), 'en')).toBe('13 credits (balance 120)');
    expect(priceText(messagePrice({ credits: 1, balance: 12_000 }), 'template', translator('en'), 'en')).toBe(
      '1 credit (balance 12,000)',
    );
  });

  it('says why a message is free', () => {
    const free = (reason: 'customer_service_window' | 'entry_point' | 'open_conversation' | 'no_rate') =>
      messagePrice({ credits: 0, free: reason });
    expect(priceText(free('customer_service_window'), 'template', translator('ja'), 'ja')).toBe(
      '無料 — カスタマーサービスウィンドウ内',
    );
    expect(priceText(free('entry_point'), 'template', translator('en'), 'en')).toBe(
      'Free — inside the free entry point window',
    );
    expect(priceText(free('open_conversation'), 'composer', translator('ja'), 'ja')).toMatch(/^無料 — /);
    expect(priceText(free('no_rate'), 'template', translator('en'), 'en')).toMatch(/^Free — /);
  });

  it('speaks of “this message” in the composer', () => {
    const price = messagePrice({ credits: 3, balance: 1_500, category: 'service' });
    expect(priceText(price, 'composer', translator('en'), 'en')).toBe(
      'This message costs 3 credits (balance 1,500).',
    );
    expect(priceText(price, 'composer', translator('ja'), 'ja')).toBe(
      'このメッセージの料金は 3 クレジット（残高 1,500）。',
    );
  });
});

describe('MessagePriceLine', () => {
  const render = (lang: Lang, sufficient: boolean) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18nInstance(lang)}>
        <MessagePriceLine
          price={messagePrice({ credits: 13, balance: sufficient ? 120 : 5, sufficient })}
          text="13 credits"
          testId="template-price"
          remedy={<a href="/settings/credits">Buy credits</a>}
        />
      </I18nextProvider>,
    );

  it('carries the price and whether the balance covers it', () => {
    const html = render('en', true);
    expect(html).toMatch(/data-testid="template-price" data-credits="13" data-sufficient="true"/);
    expect(html).not.toContain('role="alert"');
  });

  it('warns when the balance falls short, with the way to mend it', () => {
    const html = render('ja', false);
    expect(html).toContain('data-sufficient="false"');
    expect(html).toContain(
      '<p class="price-line__warning" role="alert">残高が足りないため送信できません。 <a href="/settings/credits">',
    );
  });
});
