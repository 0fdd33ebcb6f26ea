import { describe, expect, it } from 'vitest';
import { composerIssues, isLiveIssue } from './composer-check';
import { availableModes, charCount } from './composer-values';
import { draft, photo, whatsappLimits as limits } from './composer.fixtures.test-support';

const issues = (values: Parameters<typeof draft>[0], l = limits) => composerIssues(draft(values), l);

describe('composerIssues: text', () => {
  it('wants some text, within the channel’s length', () => {
    expect(issues({ text: '  ' })).toEqual([{ path: 'text', code: 'required' }]);
    expect(issues({ text: 'こんにちは' })).toEqual([]);
    expect(issues({ text: 'a'.repeat(4097) })).toEqual([{ path: 'text', code: 'tooLong', max: 4096 }]);
  });

  it('counts characters as the engine does: code points of the trimmed text', () => {
    expect(charCount('  😀😀  ')).toBe(2);
    expect(issues({ text: `${'😀'.repeat(4096)} ` })).toEqual([]);
  });
});

describe('composerIssues: reply buttons', () => {
  const buttons = (...titles: string[]) => titles.map((title) => ({ title }));

  it('checks the body, the optional header and footer and each title', () => {
    expect(
      issues({
        mode: 'reply_buttons',
        body: '',
        header: 'h'.repeat(61),
        buttons: buttons('はい', '', 'b'.repeat(21)),
      }),
    ).toEqual([
      { path: 'body', code: 'required' },
      { path: 'header', code: 'tooLong', max: 60 },
      { path: 'buttons.1.title', code: 'required' },
      { path: 'buttons.2.title', code: 'tooLong', max: 20 },
    ]);
  });

  it('allows as many buttons as the channel does', () => {
    expect(issues({ mode: 'reply_buttons', body: 'Pick one', buttons: buttons('a', 'b', 'c') })).toEqual([]);
    expect(issues({ mode: 'reply_buttons', body: 'Pick one', buttons: buttons('a', 'b', 'c', 'd') })).toEqual(
      [{ path: 'buttons', code: 'tooMany', max: 3 }],
    );
  });

  it('refuses a header or footer the channel has none of, and a mode it lacks', () => {
    const noFrame = { ...limits, headerMaxLength: null, footerMaxLength: null };
    expect(issues({ mode: 'reply_buttons', body: 'b', footer: 'f', buttons: buttons('a') }, noFrame)).toEqual(
      [{ path: 'footer', code: 'unsupported' }],
    );
    expect(issues({ mode: 'reply_buttons', body: 'b' }, { ...limits, replyButtons: null })).toEqual([
      { path: 'mode', code: 'unsupported' },
    ]);
  });
});

describe('composerIssues: list', () => {
  const row = (title: string, description = '') => ({ title, description });

  it('checks the button label, sections and rows', () => {
    expect(
      issues({
        mode: 'list',
        body: 'Menu',
        buttonLabel: '',
        sections: [
          { title: '', rows: [row('Tea'), row('', 'd'.repeat(73))] },
          { title: 'Cakes', rows: [row('r'.repeat(25))] },
        ],
      }),
    ).toEqual([
      { path: 'buttonLabel', code: 'required' },
      { path: 'sections.0.title', code: 'required' },
      { path: 'sections.0.rows.1.title', code: 'required' },
      { path: 'sections.0.rows.1.description', code: 'tooLong', max: 72 },
      { path: 'sections.1.rows.0.title', code: 'tooLong', max: 24 },
    ]);
  });

  it('lets a single section go untitled, and counts rows across sections', () => {
    const ok = { mode: 'list' as const, body: 'Menu', buttonLabel: 'Choose' };
    expect(issues({ ...ok, sections: [{ title: '', rows: [row('Tea')] }] })).toEqual([]);
    const many = Array.from({ length: 6 }, (_, i) => row(`Row ${i}`));
    expect(
      issues({
        ...ok,
        sections: [
          { title: 'A', rows: many },
          { title: 'B', rows: many },
        ],
      }),
    ).toEqual([{ path: 'sections', code: 'tooManyRows', max: 10 }]);
  });
});

describe('composerIssues: link button and file', () => {
  it('wants display text and a web address', () => {
    expect(
      issues({ mode: 'cta_url', body: 'See', displayText: 'Open', url: 'https://shop.example/a' }),
    ).toEqual([]);
    expect(issues({ mode: 'cta_url', body: 'See', displayText: '', url: 'javascript:alert(1)' })).toEqual([
      { path: 'displayText', code: 'required' },
      { path: 'url', code: 'invalidUrl' },
    ]);
  });

  it('wants a file of a type and size the channel sends, and a caption it takes', () => {
    expect(issues({ mode: 'media' })).toEqual([{ path: 'file', code: 'required' }]);
    expect(issues({ mode: 'media', file: photo(), caption: '今日のメニュー' })).toEqual([]);
    expect(issues({ mode: 'media', file: photo({ mimeType: 'image/gif' }) })).toEqual([
      { path: 'file', code: 'fileType' },
    ]);
    expect(issues({ mode: 'media', file: photo({ sizeBytes: 6 * 1024 * 1024 }) })).toEqual([
      { path: 'file', code: 'fileTooLarge', max: 5 * 1024 * 1024 },
    ]);
  });
});

describe('isLiveIssue and availableModes', () => {
  it('shows what is over a limit while typing, what is missing only after a try', () => {
    expect(isLiveIssue({ path: 'text', code: 'tooLong', max: 1 })).toBe(true);
    expect(isLiveIssue({ path: 'text', code: 'required' })).toBe(false);
  });

  it('offers the modes the channel has', () => {
    expect(availableModes(limits)).toEqual(['text', 'media', 'reply_buttons', 'list', 'cta_url']);
    expect(availableModes({ ...limits, media: [], list: null, ctaUrl: null })).toEqual([
      'text',
      'reply_buttons',
    ]);
  });
});
