import type { CannedReply } from '@parley/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { tags } from '../business-hours/render-in-router.test-support';
import type { Lang } from '../i18n/languages';
import { i18nInstance } from '../i18n/translator.test-support';
import type { Feedback } from '../ui/use-feedback';
import { CannedRepliesTable } from './CannedRepliesTable';
import { CannedReplyDialog } from './CannedReplyDialog';
import { CannedReplyPreview } from './CannedReplyPreview';

vi.mock('../i18n/use-locale', () => ({ useLocale: () => ({ lang: 'en', locale: 'en' }) }));

const render = (node: React.ReactNode, lang: Lang = 'en') =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <I18nextProvider i18n={i18nInstance(lang)}>{node}</I18nextProvider>
    </QueryClientProvider>,
  );
const noop = () => undefined;
const feedback: Feedback = { message: '', error: null, announce: noop, fail: noop };

const reply = (n: number, shortcut: string, title: string, text: string): CannedReply => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  shortcut,
  title,
  text,
  createdAt: '2025-06-01T00:00:00.000Z',
  updatedAt: '2025-06-01T00:00:00.000Z',
});
const replies = [
  reply(1, 'hours', '営業時間', 'いつもありがとうございます。{{contact.name}}様、営業時間は9時〜18時です。'),
  reply(2, 'thanks', 'Thanks', `Thank you!\n${'Really. '.repeat(30)}`),
];

describe('CannedRepliesTable', () => {
  it('lists each reply with its shortcut, title and the start of its text', () => {
    const html = render(<CannedRepliesTable replies={replies} canManage onEdit={noop} feedback={feedback} />);
    expect(tags(html, 'canned-reply-row')).toHaveLength(2);
    expect(html).toContain('/hours');
    expect(html).toContain('営業時間');
    expect(html).toContain('{{contact.name}}様');
    // One line, cut short, the whole text in the title.
    expect(html).toContain('Thank you! Really.');
    expect(html).toContain('…</td>');
  });

  it('offers editing and deleting to people who manage templates', () => {
    const html = render(<CannedRepliesTable replies={replies} canManage onEdit={noop} feedback={feedback} />);
    expect(tags(html, 'canned-reply-edit')).toHaveLength(2);
    expect(tags(html, 'canned-reply-delete')).toHaveLength(2);
    expect(html).toContain('>Actions<');
  });

  it('is read-only for everyone else', () => {
    const html = render(
      <CannedRepliesTable replies={replies} canManage={false} onEdit={noop} feedback={feedback} />,
      'ja',
    );
    expect(tags(html, 'canned-reply-edit')).toHaveLength(0);
    expect(tags(html, 'canned-reply-delete')).toHaveLength(0);
    expect(html).not.toContain('>操作<');
    expect(html).toContain('>ショートカット<');
  });
});

describe('CannedReplyDialog', () => {
  it('has the fields the browser test fills, a button per variable and the save button', () => {
    const html = render(<CannedReplyDialog reply={replies[0] ?? null} onClose={noop} onSaved={noop} />);
    expect(tags(html, 'canned-reply-title')[0]).toContain('name="title"');
    expect(tags(html, 'canned-reply-shortcut')[0]).toContain('name="shortcut"');
    expect(tags(html, 'canned-reply-text')[0]).toContain('name="text"');
    expect(tags(html, 'canned-reply-save')[0]).toContain('type="submit"');
    for (const variable of ['contact.name', 'contact.username', 'contact.phone', 'agent.name', 'team.name'])
      expect(tags(html, `canned-reply-variable-${variable}`)[0]).toContain(
        `aria-label="Insert {{${variable}}}"`,
      );
    expect(html).toContain('Edit “営業時間”');
  });

  it('previews the reply being edited, filled in with sample values and labelled as an example', () => {
    const html = render(<CannedReplyDialog reply={replies[0] ?? null} onClose={noop} onSaved={noop} />);
    expect(html).toContain('Example');
    expect(html).toContain('Filled in with sample values, not a real conversation’s.');
    expect(html).toMatch(/data-testid="canned-reply-preview-text"[^>]*>[^<]*Hanako Yamada様/);
  });

  it('starts a new reply blank, its preview waiting for the text', () => {
    const html = render(<CannedReplyDialog reply={null} onClose={noop} onSaved={noop} />, 'ja');
    expect(html).toContain('定型文を作成');
    expect(html).toContain('本文を入力するとプレビューが表示されます。');
    expect(html).toContain('0 / 4096');
  });
});

describe('CannedReplyPreview', () => {
  it('warns about variables Parley does not know, which are sent as written', () => {
    const html = render(<CannedReplyPreview text="Hi {{contact.first_name}} from {{agent.name}}" />);
    expect(html).toContain('Hi {{contact.first_name}} from Ken Sato');
    expect(tags(html, 'canned-reply-unknown-variables')).toHaveLength(1);
    expect(html).toContain('Parley doesn’t know {{contact.first_name}}: it is sent as written.');
  });
});
