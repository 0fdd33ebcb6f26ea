import { z } from 'zod';

/**
 * Graph operations Meta documents outside its OpenAPI spec. Their routes `markOperation` them by
 * these names, and the contract check holds their success answers to the shapes Meta's guides give
 * (error answers, as for every operation, to the spec's `GraphAPIError`).
 */
export const offSpecOperations = {
  /** Embedded Signup's code exchange. */
  oauthAccessToken: 'oauth/access_token',
  /** Resumable Upload API, step 1: `POST /{app-id}/uploads`. */
  uploadSession: '{app-id}/uploads',
  /** Resumable Upload API, step 2: `POST /upload:{session}` with the file. */
  uploadFile: '{upload-session-id}',
  /** `POST /{template-id}/unpause`. */
  unpauseTemplate: '{template-id}/unpause',
} as const;

const answers: Record<string, z.ZodType> = {
  [offSpecOperations.oauthAccessToken]: z.strictObject({
    access_token: z.string().min(1),
    token_type: z.literal('bearer'),
    expires_in: z.number().int().optional(),
  }),
  [offSpecOperations.uploadSession]: z.strictObject({ id: z.string().regex(/^upload:\S+$/) }),
  [offSpecOperations.uploadFile]: z.strictObject({ h: z.string().min(1) }),
  [offSpecOperations.unpauseTemplate]: z.strictObject({ success: z.boolean() }),
};

/** The documented success answer of an off-spec operation, or undefined for any other operation. */
export function offSpecAnswer(operation: string | undefined): z.ZodType | undefined {
  return operation === undefined ? undefined : answers[operation];
}
