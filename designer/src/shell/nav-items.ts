import type { Permission } from '@parley/contracts';
import type { shell } from '../i18n/locales/en/shell';

export type NavKey = keyof typeof shell.nav;

export type NavPath =
  | '/inbox'
  | '/templates'
  | '/flows'
  | '/settings/integrations'
  | '/settings/users'
  | '/settings/teams'
  | '/settings/routing'
  | '/settings/canned-replies'
  | '/settings/business-hours'
  | '/settings/flows'
  | '/settings/organisation'
  | '/settings/credits'
  | '/settings/api-tokens'
  | '/settings/audit-log'
  | '/settings/webhook-deliveries';

export interface NavItem {
  key: NavKey;
  to: NavPath;
}

/**
 * Every section, with the permission it needs; API tokens are everyone's (each person has their own).
 * Canned replies are read by everyone with the inbox (and written with templates:manage); business
 * hours are saved into the automatic replies, so they need channels:manage. Flows and their
 * settings are for admins who manage them.
 */
const sections: readonly (NavItem & { needs: Permission | null })[] = [
  { key: 'inbox', to: '/inbox', needs: 'inbox:read' },
  { key: 'templates', to: '/templates', needs: 'templates:read' },
  { key: 'flows', to: '/flows', needs: 'flows:manage' },
  { key: 'integrations', to: '/settings/integrations', needs: 'channels:read' },
  { key: 'people', to: '/settings/users', needs: 'users:manage' },
  { key: 'teams', to: '/settings/teams', needs: 'routing:manage' },
  { key: 'routing', to: '/settings/routing', needs: 'routing:manage' },
  { key: 'cannedReplies', to: '/settings/canned-replies', needs: 'inbox:read' },
  { key: 'businessHours', to: '/settings/business-hours', needs: 'channels:manage' },
  { key: 'flowSettings', to: '/settings/flows', needs: 'flows:manage' },
  { key: 'organisation', to: '/settings/organisation', needs: 'organisation:manage' },
  { key: 'credits', to: '/settings/credits', needs: 'credits:manage' },
  { key: 'apiTokens', to: '/settings/api-tokens', needs: null },
  { key: 'auditLog', to: '/settings/audit-log', needs: 'audit:read' },
  { key: 'webhookDeliveries', to: '/settings/webhook-deliveries', needs: 'webhooks:manage' },
];

/** The sections a person with these permissions sees in the navigation. */
export function navItems(permissions: readonly Permission[]): NavItem[] {
  return sections
    .filter((s) => s.needs === null || permissions.includes(s.needs))
    .map(({ key, to }) => ({ key, to }));
}
