import { zodResolver } from '@hookform/resolvers/zod';
import { sandboxCardSchema } from '@parley/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import type { FieldErrors } from 'react-hook-form';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { fieldErrorText } from '../../forms/field-error-text';
import type { Lang } from '../../i18n/languages';
import { i18nInstance, translator } from '../../i18n/translator.test-support';
import { quote } from '../fixtures.test-support';
import { cardErrorMessages, type CardField } from './card-errors';
import { QuoteSummary } from './QuoteSummary';
import { SandboxPayForm } from './SandboxPayForm';
import { StripePayButton } from './StripePayButton';

const render = (node: React.ReactNode, lang: Lang) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>);

/** The term and value rows of a rendered quote. */
const rows = (html: string) =>
  [...html.matchAll(/<dt>(.*?)<\/dt><dd[^>]*>(.*?)<\/dd>/g)].map((m) => [m[1], m[2]]);

/** The opening tag of the element with this test id. */
const tag = (html: string, testId: string) =>
  new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('QuoteSummary', () => {
  it('shows yen without decimals, the volume discount and the consumption tax', () => {
    const html = render(<QuoteSummary quote={quote(12_000, 'JPY')} locale="ja" />, 'ja');
    expect(rows(html)).toEqual([
      ['1 クレジットあたりの価格', '￥1'],
      ['小計', '￥12,000'],
      ['ボリューム割引（5%）', '-￥600'],
      ['税（10%）', '￥1,140'],
      ['合計', '￥12,540'],
    ]);
    expect(html).toContain('<dd data-testid="credits-quote-total">￥12,540</dd>');
  });

  it('shows dollars from cents, and no discount below the first tier', () => {
    const html = render(<QuoteSummary quote={quote(5_000, 'USD')} locale="en" />, 'en');
    expect(rows(html)).toEqual([
      ['Price per credit', '$0.007'],
      ['Subtotal', '$35.00'],
      ['Tax (0%)', '$0.00'],
      ['Total', '$35.00'],
    ]);
  });
});

describe('paying', () => {
  const pay = () => Promise.resolve();

  it('is offered once the quote is known, for its total', () => {
    expect(tag(render(<SandboxPayForm total={null} onPay={pay} />, 'en'), 'credits-pay')).toContain(
      'disabled=""',
    );
    const html = render(<SandboxPayForm total="￥12,540" onPay={pay} />, 'ja');
    expect(tag(html, 'credits-pay')).not.toContain('disabled');
    expect(html).toContain('￥12,540 を支払う');
  });

  it('asks for the card with the browser’s card autofill, and lists the test cards', () => {
    const html = render(<SandboxPayForm total={null} onPay={pay} />, 'en');
    expect(tag(html, 'credits-card-number')).toContain('autoComplete="cc-number"');
    expect(tag(html, 'credits-card-expiry')).toContain('placeholder="MM/YY"');
    expect(tag(html, 'credits-card-cvc')).toContain('autoComplete="cc-csc"');
    expect(tag(html, 'credits-card-name')).toContain('autoComplete="cc-name"');
    expect(html).toContain('<code>4242 4242 4242 4242</code><span>Paid at once</span>');
    expect(html).toContain('<code>4000 0000 0000 0002</code><span>Declined</span>');
    expect(html).toContain('Pending, then paid a few seconds later');
  });

  it('goes to Stripe Checkout when Parley takes payments with Stripe', () => {
    const html = render(<StripePayButton total="$35.00" onPay={pay} />, 'en');
    expect(html).toContain('Pay $35.00 with Stripe Checkout');
  });
});

describe('the card’s field errors', () => {
  const check = async (card: Record<CardField, string>) => {
    const result = await zodResolver(sandboxCardSchema)(card, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    return result.errors as FieldErrors<Record<CardField, string>>;
  };

  it('come from the contract’s schema, worded for each field', async () => {
    const t = translator('en');
    const messages = cardErrorMessages(t);
    const errors = await check({ number: '4242 42', expiry: '8/29', cvc: 'abc', name: '' });
    const text = (field: CardField) => fieldErrorText(errors[field]!, t, messages[field]);
    expect(text('number')).toBe('Enter the card number: 12 to 19 digits.');
    expect(text('expiry')).toBe('Enter the expiry as MM/YY, such as 08/29.');
    expect(text('cvc')).toBe('Enter the 3 or 4 digits.');
    expect(text('name')).toBe('This is required.');
  });

  it('are none for a test card', async () => {
    const card = { number: '4242 4242 4242 4242', expiry: '08/29', cvc: '123', name: 'Hanako Sato' };
    expect(await check(card)).toEqual({});
  });
});
