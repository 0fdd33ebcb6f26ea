import { describe, expect, it } from 'vitest';
import { TEMPLATE_FIELD } from '../../templates/send/send-template-form';
import { placeAutoRepliesIssues } from './auto-replies-issues';

describe('placeAutoRepliesIssues', () => {
  const fieldOf = (path: string) => (path === 'away.text' ? 'away.text' : null);

  it('puts each issue under its field, the fallback template’s under the template’s values', () => {
    const placed = placeAutoRepliesIssues(
      [
        { path: 'away.text', message: 'write the message to send' },
        { path: 'fallbackTemplate.templateId', message: 'not approved' },
        { path: 'fallbackTemplate.parameters.body.1', message: 'a value for {{1}} is required' },
        { path: 'fallbackTemplate', message: 'second on the choice' },
        { path: 'organisation', message: 'elsewhere' },
      ],
      fieldOf,
    );
    expect(placed.settings).toEqual([{ field: 'away.text', message: 'write the message to send' }]);
    expect(placed.fallback).toEqual([
      { field: TEMPLATE_FIELD, message: 'not approved' },
      { field: 'body_1', message: 'a value for {{1}} is required' },
    ]);
    expect(placed.rest).toEqual([{ path: 'organisation', message: 'elsewhere' }]);
  });
});
