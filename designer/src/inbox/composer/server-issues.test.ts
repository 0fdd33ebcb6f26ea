import { describe, expect, it } from 'vitest';
import { issueField, splitServerIssues } from './server-issues';
import { draft } from './composer.fixtures.test-support';

describe('the API’s issues on the composer', () => {
  const buttons = draft({ mode: 'reply_buttons', buttons: [{ title: 'a' }, { title: 'b' }] });

  it('puts an issue under the field it names, without the message prefix', () => {
    expect(issueField('message.buttons.1.title', buttons)).toBe('buttons.1.title');
    expect(issueField('message.buttons', buttons)).toBe('buttons');
    expect(issueField('message.body', buttons)).toBe('body');
    expect(issueField('message.fileId', draft({ mode: 'media' }))).toBe('file');
    expect(issueField('message.sections.0.rows.0.description', draft({ mode: 'list' }))).toBe(
      'sections.0.rows.0.description',
    );
  });

  it('leaves issues about no field of the draft for the alert', () => {
    expect(issueField('message.buttons.5.title', buttons)).toBeNull();
    expect(issueField('replyToMessageId', buttons)).toBeNull();
    expect(issueField('message.text', buttons)).toBeNull();
  });

  it('keeps the first issue per field', () => {
    const { onFields, rest } = splitServerIssues(
      [
        { path: 'message.buttons.0.title', message: 'button title is 23 characters; the limit is 20' },
        { path: 'message.buttons.0.title', message: 'second' },
        { path: 'clientId', message: 'Invalid UUID' },
      ],
      buttons,
    );
    expect([...onFields]).toEqual([['buttons.0.title', 'button title is 23 characters; the limit is 20']]);
    expect(rest).toEqual([{ path: 'clientId', message: 'Invalid UUID' }]);
  });
});
