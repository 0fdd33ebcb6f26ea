import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CreateInvitationRequest, Invitation, IssuedInvitation } from '@parley/contracts';
import type { Logger } from 'pino';
import { recordAudit } from '../audit/record-audit.js';
import type { Caller } from '../auth/caller.js';
import { invitationMail } from '../auth/emails.js';
import { newSecretToken, tokenHash } from '../auth/secret-tokens.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { Mailer } from '../infrastructure/mail/mailer.service.js';
import { requireSeat } from '../organisations/plan-policy.js';
import { requireEmailFree } from './add-person.js';
import { toInvitationDto } from './user.dto.js';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

function invitations(sql: Sql, organisationId: string) {
  return sql
    .selectFrom('Invitation')
    .leftJoin('User', 'User.id', 'Invitation.invitedBy')
    .select([
      'Invitation.id',
      'Invitation.email',
      'Invitation.role',
      'Invitation.createdAt',
      'Invitation.expiresAt',
      'Invitation.acceptedAt',
      'Invitation.revokedAt',
      'User.id as inviterId',
      'User.name as inviterName',
    ])
    .where('Invitation.organisation', '=', organisationId);
}

async function invitationOf(sql: Sql, caller: Caller, id: string) {
  const row = await invitations(sql, caller.organisationId)
    .where('Invitation.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new ApiError(404, 'NOT_FOUND', `invitation ${id} does not exist`);
  return row;
}

@Injectable()
export class ListInvitationsUseCase {
  constructor(private readonly database: Database) {}

  async execute(caller: Caller): Promise<Invitation[]> {
    const rows = await invitations(this.database.sql(), caller.organisationId)
      .orderBy('Invitation.createdAt', 'desc')
      .execute();
    return rows.map((row) => toInvitationDto(row));
  }
}

/**
 * Invitations by link: the link's token is new each time it is issued (only its hash is kept),
 * mailed when SMTP is configured and otherwise handed to the admin to pass on.
 */
@Injectable()
export class InvitationsUseCase {
  constructor(
    private readonly database: Database,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async create(caller: Caller, input: CreateInvitationRequest): Promise<IssuedInvitation> {
    const now = new Date();
    const { id, token } = await this.database.transaction(async (sql) => {
      await this.database.lockForUpdate(sql, 'invitations');
      await requireEmailFree(sql, input.email);
      const pending = await invitations(sql, caller.organisationId)
        .where('Invitation.acceptedAt', 'is', null)
        .where('Invitation.revokedAt', 'is', null)
        .where('Invitation.expiresAt', '>', now)
        .execute();
      if (pending.some((invitation) => invitation.email === input.email))
        throw new ApiError(
          409,
          'ALREADY_INVITED',
          `${input.email} is already invited; resend the invitation instead`,
        );
      await requireSeat(sql, caller.organisationId, now);
      const created = { id: randomUUID(), token: newSecretToken() };
      await sql
        .insertInto('Invitation')
        .values({
          id: created.id,
          organisation: caller.organisationId,
          email: input.email,
          role: input.role,
          tokenHash: tokenHash(created.token),
          invitedBy: caller.userId,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
          acceptedAt: null,
          revokedAt: null,
        })
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'invitation.created',
        target: { type: 'invitation', id: created.id, label: input.email },
        after: { email: input.email, role: input.role },
      });
      return created;
    });
    return this.deliver(caller, id, token);
  }

  /** A new link (the old one stops working) and a new week to accept it. */
  async resend(caller: Caller, id: string): Promise<IssuedInvitation> {
    const token = newSecretToken();
    await this.database.transaction(async (sql) => {
      await this.database.lockForUpdate(sql, 'invitations');
      const invitation = toInvitationDto(await invitationOf(sql, caller, id));
      if (invitation.status === 'accepted' || invitation.status === 'revoked')
        throw new ApiError(409, 'INVITATION_CLOSED', `this invitation was ${invitation.status}`);
      // An expired invitation holds no seat; opening it again takes one.
      if (invitation.status === 'expired') await requireSeat(sql, caller.organisationId);
      await sql
        .updateTable('Invitation')
        .set({ tokenHash: tokenHash(token), expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS) })
        .where('id', '=', id)
        .execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'invitation.resent',
        target: { type: 'invitation', id, label: invitation.email },
      });
    });
    return this.deliver(caller, id, token);
  }

  async revoke(caller: Caller, id: string): Promise<Invitation> {
    return this.database.transaction(async (sql) => {
      const before = toInvitationDto(await invitationOf(sql, caller, id));
      if (before.status === 'accepted')
        throw new ApiError(409, 'INVITATION_CLOSED', 'this invitation was accepted');
      await sql.updateTable('Invitation').set({ revokedAt: new Date() }).where('id', '=', id).execute();
      await recordAudit(sql, {
        actor: caller,
        action: 'invitation.revoked',
        target: { type: 'invitation', id, label: before.email },
        before: { status: before.status },
        after: { status: 'revoked' },
      });
      return toInvitationDto(await invitationOf(sql, caller, id));
    });
  }

  private async deliver(caller: Caller, id: string, token: string): Promise<IssuedInvitation> {
    const sql = this.database.sql();
    const invitation = toInvitationDto(await invitationOf(sql, caller, id));
    const link = `${this.config.PUBLIC_URL}/accept-invitation?token=${encodeURIComponent(token)}`;
    if (!this.mailer.configured) return { invitation, emailSent: false, link };
    const organisation = await sql
      .selectFrom('Organisation')
      .select('name')
      .where('id', '=', caller.organisationId)
      .executeTakeFirstOrThrow();
    const inviter = await sql
      .selectFrom('User')
      .select('name')
      .where('id', '=', caller.userId)
      .executeTakeFirstOrThrow();
    try {
      await this.mailer.send(
        invitationMail({
          to: invitation.email,
          organisation: organisation.name,
          invitedBy: inviter.name,
          link,
          expiresAt: new Date(invitation.expiresAt),
        }),
      );
      return { invitation, emailSent: true, link: null };
    } catch (error) {
      // The invitation stands; the admin passes the link on instead.
      this.logger.error({ err: error, invitationId: id }, 'invitation mail not sent');
      return { invitation, emailSent: false, link };
    }
  }
}
