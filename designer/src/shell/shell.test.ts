import { rolePermissions } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { focusKey } from './focus-key';
import { navItems } from './nav-items';

describe('navItems', () => {
  it('shows admins every section', () => {
    expect(navItems(rolePermissions.admin).map((i) => i.key)).toEqual([
      'inbox',
      'templates',
      'flows',
      'integrations',
      'people',
      'teams',
      'routing',
      'cannedReplies',
      'businessHours',
      'flowSettings',
      'organisation',
      'credits',
      'apiTokens',
      'auditLog',
      'webhookDeliveries',
    ]);
  });

  it('shows agents the inbox, templates, integrations and canned replies (to read) and their own API tokens', () => {
    expect(navItems(rolePermissions.agent).map((i) => i.to)).toEqual([
      '/inbox',
      '/templates',
      '/settings/integrations',
      '/settings/canned-replies',
      '/settings/api-tokens',
    ]);
  });

  it('follows permissions, not roles', () => {
    expect(navItems(['audit:read']).map((i) => i.key)).toEqual(['apiTokens', 'auditLog']);
  });

  it('shows business hours to whoever may change an account’s automatic replies', () => {
    expect(navItems(['channels:read']).map((i) => i.key)).toEqual(['integrations', 'apiTokens']);
    expect(navItems(['channels:read', 'channels:manage']).map((i) => i.key)).toEqual([
      'integrations',
      'businessHours',
      'apiTokens',
    ]);
  });
});

describe('focusKey', () => {
  it('treats every conversation as the inbox page', () => {
    expect(focusKey('/inbox')).toBe('/inbox');
    expect(focusKey('/inbox/3f2a')).toBe('/inbox');
    expect(focusKey('/inboxes')).toBe('/inboxes');
  });

  it('tells other pages apart, ignoring a trailing slash', () => {
    expect(focusKey('/settings/users/')).toBe('/settings/users');
    expect(focusKey('/settings/integrations/abc')).not.toBe(focusKey('/settings/integrations'));
    expect(focusKey('/')).toBe('/');
  });
});
