import {
  invitationPreviewSchema,
  passwordResetDeliverySchema,
  sessionSchema,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type SetupRequest,
  type SignInRequest,
  type UpdateProfileRequest,
} from '@parley/contracts';
import { api, apiVoid } from '../api/http';

/** The engine's `/api/auth/*` routes. */

export const signIn = (body: SignInRequest) => api('POST', '/api/auth/sign-in', sessionSchema, { body });

export const setUp = (body: SetupRequest) => api('POST', '/api/auth/setup', sessionSchema, { body });

export const previewInvitation = (token: string, signal?: AbortSignal) =>
  api('POST', '/api/auth/invitation/preview', invitationPreviewSchema, { body: { token }, signal });

export const acceptInvitation = (body: AcceptInvitationRequest) =>
  api('POST', '/api/auth/invitation/accept', sessionSchema, { body });

export const requestPasswordReset = (email: string) =>
  api('POST', '/api/auth/password-reset/request', passwordResetDeliverySchema, { body: { email } });

export const resetPassword = (token: string, password: string) =>
  apiVoid('POST', '/api/auth/password-reset', { body: { token, password } });

export const signOut = () => apiVoid('POST', '/api/auth/sign-out');

export const signOutEverywhere = () => apiVoid('POST', '/api/auth/sign-out-everywhere');

export const changePassword = (body: ChangePasswordRequest) =>
  apiVoid('POST', '/api/auth/password', { body });

export const updateProfile = (body: UpdateProfileRequest) =>
  api('PATCH', '/api/auth/profile', sessionSchema, { body });
