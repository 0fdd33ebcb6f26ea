import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import { locales, planIds, roles, userStatuses } from '@parley/contracts';
import { PortableBoolean } from '../portable-boolean.type.js';

/** A business using Parley: every other row belongs to one. */
export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisations',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(120),
    plan: p.enum(planIds),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type Organisation = InferEntity<typeof Organisation>;

/** A person who signs in: an admin or an agent of one organisation. */
export const User = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation).index(),
    /** Lower-cased; one account per address across the installation. */
    email: p.string().length(254).unique(),
    name: p.string().length(120),
    role: p.enum(roles),
    /** argon2id, in the PHC string format. */
    passwordHash: p.string().length(255),
    status: p.enum(userStatuses),
    locale: p.enum(locales),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    lastSignInAt: p.datetime().nullable(),
  },
});
export type User = InferEntity<typeof User>;

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is kept here. */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: p.uuid().primary(),
    user: () => p.manyToOne(User).index(),
    organisation: () => p.manyToOne(Organisation),
    tokenHash: p.string().length(64).unique(),
    /** Sent back as X-CSRF-Token with every change this session makes. */
    csrfToken: p.string().length(64),
    createdAt: p.datetime(),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime(),
    userAgent: p.string().length(255).nullable(),
    ip: p.string().length(64).nullable(),
  },
});
export type Session = InferEntity<typeof Session>;

/** Every sign-in attempt, for throttling by address and by IP and for locking an account. */
export const SignInAttempt = defineEntity({
  name: 'SignInAttempt',
  tableName: 'sign_in_attempts',
  properties: {
    id: p.integer().primary().autoincrement(),
    email: p.string().length(254),
    ip: p.string().length(64),
    succeeded: p.type(PortableBoolean),
    at: p.datetime(),
  },
  indexes: [{ properties: ['email', 'at'] }, { properties: ['ip', 'at'] }],
});
export type SignInAttempt = InferEntity<typeof SignInAttempt>;

export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitations',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation).index(),
    email: p.string().length(254),
    role: p.enum(roles),
    /** SHA-256 of the link's token. */
    tokenHash: p.string().length(64).unique(),
    invitedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Invitation = InferEntity<typeof Invitation>;

export const PasswordReset = defineEntity({
  name: 'PasswordReset',
  tableName: 'password_resets',
  properties: {
    id: p.uuid().primary(),
    user: () => p.manyToOne(User).index(),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
export type PasswordReset = InferEntity<typeof PasswordReset>;

/** A personal API token: `prl_…`; only its SHA-256 is kept. */
export const ApiToken = defineEntity({
  name: 'ApiToken',
  tableName: 'api_tokens',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation).index(),
    user: () => p.manyToOne(User).index(),
    name: p.string().length(100),
    tokenHash: p.string().length(64).unique(),
    prefix: p.string().length(16),
    scopes: p.json<string[]>(),
    createdAt: p.datetime(),
    lastUsedAt: p.datetime().nullable(),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});
export type ApiToken = InferEntity<typeof ApiToken>;

/** What an admin (or the operator) did: who, what, when, and the target before and after. */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entries',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    actorType: p.string().length(16),
    actorUser: () => p.manyToOne(User).nullable(),
    actorLabel: p.string().length(254),
    action: p.string().length(64),
    targetType: p.string().length(32),
    targetId: p.string().length(64).nullable(),
    targetLabel: p.string().length(254).nullable(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    at: p.datetime(),
  },
  indexes: [{ properties: ['organisation', 'at'] }],
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
