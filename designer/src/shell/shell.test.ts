import { rolePermissions } from '@parley/contracts';
import { describe, expect, it } from 'vitest';
import { focusKey } from './focus-key';
import { navItems } from './nav-items';

describe('navItems', () => {
  it('shows admins every section', () => {
    expect(navItems(rolePermissions.admin).map((i) => i.key)).toEqual([
      'inbox',
      'templates',
      'integrations',
      'people',
      'teams',
      'routing',
      'organisation',
      'credits',
      'apiTokens',
      'auditLog',
      'webhookDeliveries',
    ]);
  });

  it('shows agents the inbox, templates and integrations (to read) and their own API tokens', () => {
    expect(navItems(rolePermissions.agent).map((i) => i.to)).toEqual([
      '/inbox',
      '/templates',
      '/settings/integrations',
      '/settings/api-tokens',
    ]);
  });

  it('follows permissions, not roles', () => {
    expect(navItems(['audit:read']).map((i) => i.key)).toEqual(['apiTokens', 'auditLog']);
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
