import { Injectable } from '@nestjs/common';
import type { AcceptInvitationRequest, InvitationPreview } from '@parley/contracts';
import { recordAudit } from '../audit/record-audit.js';
import { Database, type Sql } from '../infrastructure/database/database.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { addPerson } from '../users/add-person.js';
import { passwordHasher } from './password-hasher.js';
import { tokenHash } from './secret-tokens.js';
import { type NewSession, startSession } from './sessions.js';
import type { SignInClient } from './sign-in.usecase.js';
import { iso } from '../infrastructure/database/timestamps.js';

/** A pending invitation by its link's token; 404 for an unknown, used, revoked or expired one. */
async function pendingInvitation(sql: Sql, token: string, now: Date) {
  const invitation = await sql
    .selectFrom('Invitation')
    .innerJoin('Organisation', 'Organisation.id', 'Invitation.organisation')
    .leftJoin('User', 'User.id', 'Invitation.invitedBy')
    .select([
      'Invitation.id',
      'Invitation.organisation',
      'Invitation.email',
      'Invitation.role',
      'Invitation.expiresAt',
      'Invitation.acceptedAt',
      'Invitation.revokedAt',
      'Organisation.name as organisationName',
      'User.name as invitedBy',
    ])
    .where('Invitation.tokenHash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || new Date(invitation.expiresAt) <= now)
    throw new ApiError(
      404,
      'INVITATION_NOT_FOUND',
      'this invitation link is not valid any more; ask for a new one',
    );
  return invitation;
}

@Injectable()
export class PreviewInvitationUseCase {
  constructor(private readonly database: Database) {}

  async execute(token: string): Promise<InvitationPreview> {
    const invitation = await pendingInvitation(this.database.sql(), token, new Date());
    return {
      organisationName: invitation.organisationName,
      email: invitation.email,
      role: invitation.role,
      invitedBy: invitation.invitedBy ?? null,
      expiresAt: iso(invitation.expiresAt),
    };
  }
}

/** The invited person chooses their name and password; they join and are signed in. */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(private readonly database: Database) {}

  async execute(
    input: AcceptInvitationRequest,
    client: SignInClient,
  ): Promise<NewSession & { userId: string }> {
    const now = new Date();
    // A dead link is answered before the (deliberately slow) hashing, and checked again below.
    await pendingInvitation(this.database.sql(), input.token, now);
    const passwordHash = await passwordHasher.hash(input.password);
    return this.database.transaction(async (sql) => {
      const invitation = await pendingInvitation(sql, input.token, now);
      const userId = await addPerson(
        sql,
        {
          organisationId: invitation.organisation,
          email: invitation.email,
          name: input.name,
          role: invitation.role,
          passwordHash,
          locale: input.locale,
        },
        now,
      );
      const accepted = await sql
        .updateTable('Invitation')
        .set({ acceptedAt: now })
        .where('id', '=', invitation.id)
        .where('acceptedAt', 'is', null)
        .executeTakeFirst();
      if (Number(accepted.numUpdatedRows) !== 1)
        throw new ApiError(404, 'INVITATION_NOT_FOUND', 'this invitation link is not valid any more');
      await recordAudit(
        sql,
        {
          actor: { organisationId: invitation.organisation, label: 'system' },
          action: 'user.joined',
          target: { type: 'user', id: userId, label: invitation.email },
          after: { email: invitation.email, name: input.name.trim(), role: invitation.role },
        },
        now,
      );
      const session = await startSession(
        sql,
        { id: userId, organisation: invitation.organisation },
        client,
        now,
      );
      return { ...session, userId };
    });
  }
}
