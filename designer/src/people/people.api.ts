import {
  invitationSchema,
  issuedInvitationSchema,
  passwordResetLinkSchema,
  userSchema,
  type CreateInvitationRequest,
  type UpdateUserRequest,
} from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api, segment } from '../api/http';

/** The engine's people and invitation routes (admins, `users:manage`). */

const userList = z.object({ items: z.array(userSchema) });
const invitationList = z.object({ items: z.array(invitationSchema) });

export const usersQuery = queryOptions({
  queryKey: ['users'] as const,
  queryFn: async ({ signal }) => (await api('GET', '/api/users', userList, { signal })).items,
});

export const invitationsQuery = queryOptions({
  queryKey: ['invitations'] as const,
  queryFn: async ({ signal }) => (await api('GET', '/api/invitations', invitationList, { signal })).items,
});

export const updateUser = (id: string, body: UpdateUserRequest) =>
  api('PATCH', `/api/users/${segment(id)}`, userSchema, { body });

export const unlockUser = (id: string) => api('POST', `/api/users/${segment(id)}/unlock`, userSchema);

export const createResetLink = (id: string) =>
  api('POST', `/api/users/${segment(id)}/password-reset-link`, passwordResetLinkSchema);

export const createInvitation = (body: CreateInvitationRequest) =>
  api('POST', '/api/invitations', issuedInvitationSchema, { body });

export const resendInvitation = (id: string) =>
  api('POST', `/api/invitations/${segment(id)}/resend`, issuedInvitationSchema);

export const revokeInvitation = (id: string) =>
  api('DELETE', `/api/invitations/${segment(id)}`, invitationSchema);
