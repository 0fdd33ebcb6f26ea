import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { Conversation } from '@parley/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../i18n/languages';
import { i18nInstance } from '../../i18n/translator.test-support';
import { conversation } from '../fixtures.test-support';
import { channelLimitsQuery } from './channel-limits.query';
import { Composer } from './Composer';
import { whatsappLimits } from './composer.fixtures.test-support';
import { LockedComposerNotice } from './LockedComposerNotice';

// The template picker needs the signed-in session; here it is a plain button of the same name.
vi.mock('../../templates/send/SendTemplateButton', () => ({
  SendTemplateButton: ({ variant }: { variant?: string }) => (
    <button type="button" data-testid="send-template" data-variant={variant ?? 'default'}>
      テンプレートを送信
    </button>
  ),
}));

// The price line needs the signed-in session's permissions; its own tests are in credits/price.
vi.mock('../../credits/price/ComposerPrice', () => ({ ComposerPrice: () => null }));

// The app's i18n module binds to the page's document; the tests give each render its own instance.
vi.mock('../../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en' }) }));

const CONVERSATION_ID = '11111111-1111-4111-8111-111111111111';
const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
const closed = conversation(CONVERSATION_ID, 1, {
  window: { unlimited: false, expiresAt: hourAgo, entryPointExpiresAt: null },
});
const open = conversation(CONVERSATION_ID, 1, {
  window: { unlimited: false, expiresAt: inAnHour, entryPointExpiresAt: null },
});

function render(c: Conversation, lang: Lang = 'ja') {
  const queryClient = new QueryClient();
  queryClient.setQueryData(channelLimitsQuery.queryKey, [{ channel: 'whatsapp', limits: whatsappLimits }]);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18nInstance(lang)}>
        <Composer
          conversation={c}
          contactName="佐藤 花子"
          replyTo={null}
          onClearReply={() => {}}
          onSent={() => {}}
        />
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

/** The opening tag of the element with this test id. */
const tag = (html: string, testId: string) =>
  new RegExp(`<[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('Composer, once the window has closed', () => {
  it('explains why and offers a template, prominently', () => {
    const html = render(closed);
    expect(tag(html, 'composer-locked')).toContain('role="note"');
    expect(html).toContain(
      '24時間のカスタマーサービスウィンドウが終了しました。テンプレートのみ送信できます。',
    );
    expect(tag(html, 'send-template')).toContain('data-variant="primary"');
    expect(html.match(/data-testid="send-template"/g)).toHaveLength(1);
    expect(tag(html, 'composer-start-holding')).toContain('<button');
  });

  it('locks the free-form modes and the send button', () => {
    const html = render(closed);
    expect(html).toMatch(/<fieldset class="composer-modes" disabled="">/);
    expect(html).toMatch(/<fieldset class="composer__fields" disabled="">/);
    expect(tag(html, 'composer-send')).toContain('disabled=""');
  });

  it('is open for writing while the window is', () => {
    const html = render(open, 'en');
    expect(html).not.toContain('data-testid="composer-locked"');
    expect(html).not.toMatch(/<fieldset class="composer__fields" disabled/);
    expect(tag(html, 'composer-text')).toContain('aria-label="Message"');
    expect(html).toContain('0 / 4096 characters');
    expect(tag(html, 'composer-mode-reply_buttons')).toContain('type="radio"');
    expect(tag(html, 'composer-send')).not.toContain('disabled');
  });
});

describe('LockedComposerNotice', () => {
  const refusal = {
    code: 'WINDOW_CLOSED' as const,
    message: 'closed',
    templates: [
      {
        id: '99999999-9999-4999-8999-999999999999',
        name: 'follow_up',
        language: 'ja',
        category: 'UTILITY' as const,
      },
      {
        id: '99999999-9999-4999-8999-999999999998',
        name: 'thanks',
        language: 'ja',
        category: 'MARKETING' as const,
      },
    ],
    fallbackTemplate: { id: '99999999-9999-4999-8999-999999999999', name: 'follow_up', language: 'ja' },
  };
  const notice = (lang: Lang, hasDraft: boolean) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18nInstance(lang)}>
        <LockedComposerNotice
          conversation={{ ...closed, heldCount: 1 }}
          serverLock={{ error: refusal, expiresAt: hourAgo }}
          hasDraft={hasDraft}
          holding={false}
          sending={false}
          onHold={() => {}}
          onStartHolding={() => {}}
          templateAction={<button type="button">Send a template</button>}
        />
      </I18nextProvider>,
    );

  it('lists the templates the engine named and offers to hold the message with the fallback', () => {
    const html = notice('en', true);
    expect(html).toContain('Templates you can send now: follow_up, thanks');
    expect(html).toContain('Messages waiting for the customer’s answer: 1');
    expect(tag(html, 'composer-hold')).not.toContain('disabled');
    expect(html).toContain('Send follow_up now and this message when the customer answers');
  });

  it('offers holding only when something is written', () => {
    const html = notice('ja', false);
    expect(tag(html, 'composer-hold')).toContain('disabled=""');
    expect(html).toContain('follow_up を今すぐ送り、お客様の返信後にこのメッセージを送る');
  });
});
