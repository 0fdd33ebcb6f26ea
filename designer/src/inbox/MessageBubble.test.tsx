import type { Message } from '@parley/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../i18n/languages';
import { i18nInstance } from '../i18n/translator.test-support';
import { message } from './fixtures.test-support';
import { MessageBubble } from './MessageBubble';

vi.mock('../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'ja', locale: 'ja' }) }));

const QUOTED_ID = '22222222-2222-4222-8222-222222222222';
const render = (m: Message, lang: Lang = 'ja', onReply?: (m: Message) => void) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18nInstance(lang)}>
      <MessageBubble message={m} contactName="佐藤 花子" onReply={onReply} />
    </I18nextProvider>,
  );

describe('MessageBubble', () => {
  it('says a held message goes out when the customer answers', () => {
    const html = render(message('m1', 1, { status: 'held' }));
    expect(html).toContain('お客様の返信後に送信されます');
    expect(html).toContain('お客様の返信待ち');
    expect(html).toContain('message--held');
  });

  it('names the agent who sent it, and why it was not delivered', () => {
    const html = render(
      message('m1', 1, {
        status: 'failed',
        sentBy: { id: '33333333-3333-4333-8333-333333333333', name: '田中 愛子' },
        error: { code: 'RECIPIENT_UNREACHABLE', message: 'The number is not on WhatsApp' },
      }),
      'en',
    );
    expect(html).toContain('<span class="message__sender">田中 愛子</span>');
    expect(html).toContain('Not delivered: The number is not on WhatsApp (code RECIPIENT_UNREACHABLE)');
  });

  it('shows the quoted message above the reply, as a way to it when it is in the thread', () => {
    const reply = message('m2', 2, {
      direction: 'inbound',
      status: 'received',
      text: 'はい、お願いします',
      replyTo: {
        platformMessageId: 'wamid.1',
        messageId: QUOTED_ID,
        direction: 'outbound',
        type: 'text',
        text: '明日伺いますか？',
      },
    });
    const html = render(reply);
    expect(html).toMatch(/<button type="button" class="quote quote--link" data-testid="quoted-reply">/);
    expect(html).toContain(
      '<span class="quote__who">あなた</span><span class="quote__text">明日伺いますか？</span>',
    );
    const unknown = render({
      ...reply,
      replyTo: { ...reply.replyTo!, messageId: null, direction: null, type: 'image', text: null },
    });
    expect(unknown).toContain('<div class="quote" data-testid="quoted-reply">');
    expect(unknown).toContain('<span class="quote__text">写真</span>');
  });

  it('shows the ad the customer came from, linked', () => {
    const html = render(
      message('m3', 3, {
        direction: 'inbound',
        status: 'received',
        referral: { sourceUrl: 'https://fb.me/abc', headline: '春のセール' },
      }),
    );
    expect(html).toContain('href="https://fb.me/abc"');
    expect(html).toContain('広告から: 春のセール');
  });

  it('offers to quote a message only to people who can reply', () => {
    const inbound = message('m4', 4, {
      direction: 'inbound',
      status: 'received',
      platformMessageId: 'wamid.4',
    });
    expect(render(inbound, 'en', () => {})).toContain('data-testid="message-reply"');
    expect(render(inbound, 'en')).not.toContain('data-testid="message-reply"');
  });
});
