import { describe, expect, it } from 'vitest';
import {
  createApiTokenRequest,
  createInvitationRequest,
  planIds,
  plans,
  plansWith,
  rolePermissions,
  permissions,
  setupRequest,
  updateChannelAccountRequest,
} from './index.js';

describe('plans', () => {
  it('are the six Zoho Social names, WhatsApp on Premium, Agency and Agency Plus only', () => {
    expect(planIds.map((id) => plans[id].name)).toEqual([
      'Free',
      'Standard',
      'Professional',
      'Premium',
      'Agency',
      'Agency Plus',
    ]);
    expect(plansWith('whatsapp').map((plan) => plan.id)).toEqual(['premium', 'agency', 'agency_plus']);
  });

  it('never allow less on a dearer plan', () => {
    for (const [cheaper, dearer] of planIds
      .slice(1)
      .map((id, index) => [plans[planIds[index]!], plans[id]] as const)) {
      expect(dearer.limits.users).toBeGreaterThanOrEqual(cheaper.limits.users);
      expect(dearer.limits.channelAccounts).toBeGreaterThanOrEqual(cheaper.limits.channelAccounts);
    }
  });
});

describe('roles', () => {
  it('leave no permission that nobody holds, and let agents change nothing but send messages', () => {
    const held = new Set(Object.values(rolePermissions).flat());
    expect(permissions.filter((permission) => !held.has(permission))).toEqual([]);
    expect(rolePermissions.agent.filter((permission) => !permission.endsWith(':read'))).toEqual([
      'messages:send',
    ]);
    expect(rolePermissions.agent).toContain('credits:read');
    expect(rolePermissions.agent).not.toContain('credits:manage');
    expect(rolePermissions.agent).not.toContain('audit:read');
    expect(rolePermissions.agent).not.toContain('routing:manage');
    expect(rolePermissions.agent).not.toContain('flows:read');
    expect(rolePermissions.agent).not.toContain('flows:manage');
    expect(rolePermissions.admin).toContain('flows:manage');
  });
});

describe('request schemas', () => {
  it('normalise addresses and name the field at fault', () => {
    expect(createInvitationRequest.parse({ email: ' Sato@Example.JP ', role: 'agent' }).email).toBe(
      'sato@example.jp',
    );
    const short = setupRequest.safeParse({
      organisationName: 'Shop',
      name: 'Aoi',
      email: 'a@b.jp',
      password: 'short',
    });
    expect(short.success).toBe(false);
    expect(short.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['password', 'must be at least 12 characters'],
    ]);
  });

  it('refuse an empty change and repeated scopes', () => {
    expect(updateChannelAccountRequest.safeParse({}).success).toBe(false);
    expect(updateChannelAccountRequest.safeParse({ enabled: false }).success).toBe(true);
    const twice = createApiTokenRequest.safeParse({
      name: 't',
      scopes: ['inbox:read', 'inbox:read'],
      expiresInDays: null,
    });
    expect(twice.error?.issues[0]?.message).toBe('lists a scope twice');
  });
});
