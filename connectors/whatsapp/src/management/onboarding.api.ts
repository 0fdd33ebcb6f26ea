import { z } from 'zod';
import { graphCall, graphPath } from '../graph-request.js';
import {
  authorizedCall,
  defined,
  nextCursor,
  pagingSchema,
  successSchema,
  validInput,
  type ManagementContext,
} from './management-request.js';

export interface CodeExchange {
  /** The Meta app's id and secret (the secret travels in the query string, as Meta requires). */
  appId: string;
  appSecret: string;
  /** The code the Embedded Signup popup returned. */
  code: string;
  redirectUri?: string;
}

export interface ExchangedToken {
  accessToken: string;
  tokenType?: string;
  expiresInSeconds?: number;
}

export interface PhoneNumber {
  id: string;
  displayPhoneNumber: string;
  verifiedName?: string;
  status?: string;
  qualityRating?: string;
  codeVerificationStatus?: string;
  messagingLimitTier?: string;
}

const tokenSchema = z
  .object({
    access_token: z.string().min(1),
    token_type: z.string().optional(),
    expires_in: z.number().optional(),
  })
  .transform(({ access_token, token_type, expires_in }) => ({
    accessToken: access_token,
    ...(token_type === undefined ? {} : { tokenType: token_type }),
    ...(expires_in === undefined ? {} : { expiresInSeconds: expires_in }),
  }));

const phoneNumberSchema = z
  .object({
    id: z.string().min(1),
    display_phone_number: z.string(),
    verified_name: z.string().optional(),
    status: z.string().optional(),
    quality_rating: z.string().optional(),
    code_verification_status: z.string().optional(),
    messaging_limit_tier: z.string().optional(),
  })
  .transform((number) => ({
    id: number.id,
    displayPhoneNumber: number.display_phone_number,
    ...defined({
      verifiedName: number.verified_name,
      status: number.status,
      qualityRating: number.quality_rating,
      codeVerificationStatus: number.code_verification_status,
      messagingLimitTier: number.messaging_limit_tier,
    }),
  }));
const phoneNumbersSchema = z.object({ data: z.array(phoneNumberSchema), paging: pagingSchema });
const phoneFields =
  'id,display_phone_number,verified_name,status,quality_rating,code_verification_status,messaging_limit_tier';
const pinSchema = z.string().regex(/^\d{6}$/, 'must be 6 digits');

/** Connecting a number after Embedded Signup: code → token → webhooks → registration → numbers. */
export function onboardingApi(context: ManagementContext) {
  return {
    /** `GET /oauth/access_token?client_id&client_secret&code`: the business's access token. */
    async exchangeCode(exchange: CodeExchange): Promise<ExchangedToken> {
      const query = defined({
        client_id: exchange.appId,
        client_secret: exchange.appSecret,
        code: exchange.code,
        redirect_uri: exchange.redirectUri,
      });
      return graphCall(
        context.endpoint,
        { method: 'GET', path: 'oauth/access_token', query, anonymous: true },
        tokenSchema,
        context.options,
      );
    },
    /** `POST /{waba-id}/subscribed_apps`: this app receives the WABA's webhooks (optionally at another URL). */
    async subscribeApp(
      wabaId: string,
      override?: { callbackUri: string; verifyToken: string },
    ): Promise<void> {
      const body = override
        ? { override_callback_uri: override.callbackUri, verify_token: override.verifyToken }
        : {};
      await authorizedCall(
        context,
        { method: 'POST', path: graphPath(wabaId, 'subscribed_apps'), body },
        successSchema,
      );
    },
    /**
     * `POST /{phone-number-id}/register`: registers the number for the Cloud API with its two-step
     * PIN. Meta allows 10 tries per 72 h; then 133016, permanent.
     */
    async registerPhoneNumber(phoneNumberId: string, pin: string): Promise<void> {
      const body = { messaging_product: 'whatsapp', pin: validInput(pinSchema, pin, 'PIN') };
      await authorizedCall(
        context,
        { method: 'POST', path: graphPath(phoneNumberId, 'register'), body },
        successSchema,
      );
    },
    /** `GET /{waba-id}/phone_numbers`: the WABA's numbers, to pick the one to connect. */
    async listPhoneNumbers(
      wabaId: string,
      page: { limit?: number; after?: string } = {},
    ): Promise<{ phoneNumbers: PhoneNumber[]; nextCursor?: string }> {
      const query = defined({ fields: phoneFields, limit: page.limit, after: page.after });
      const answer = await authorizedCall(
        context,
        { method: 'GET', path: graphPath(wabaId, 'phone_numbers'), query },
        phoneNumbersSchema,
      );
      return { phoneNumbers: answer.data, ...nextCursor(answer.paging) };
    },
  };
}
