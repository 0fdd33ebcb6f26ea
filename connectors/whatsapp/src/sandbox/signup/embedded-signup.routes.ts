import { timingSafeStringEqual } from '@parley/connector-sdk';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../sandbox-context.js';
import { badRequest, notFound } from '../sandbox-replies.js';
import { displayDigits } from '../webhook-payloads.js';
import { PhoneVerifications } from './phone-verifications.js';
import { completeSignup, signupCompletionSchema } from './signup-completion.js';
import { signupErrorPage, signupPage, type SignupDirectory } from './signup-page.js';
import { signupText } from './signup-text.js';

/** A query parameter; given twice, the first counts. */
const parameter = z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().optional());
const pageQuerySchema = z.object({
  client_id: parameter,
  redirect_uri: parameter,
  state: parameter,
  config_id: parameter,
  locale: parameter,
});
const phoneNumberSchema = z
  .string()
  .regex(/^\+?[\d\s().-]+$/, 'must be a phone number')
  .refine((value) => /^\d{8,15}$/.test(value.replace(/\D/g, '')), 'must have 8 to 15 digits');
const verificationStartSchema = z.object({ clientId: z.string(), phoneNumber: phoneNumberSchema });
const verificationCodeSchema = z.object({
  clientId: z.string(),
  code: z.string().regex(/^\d{6}$/, 'must be 6 digits'),
});

/**
 * Embedded Signup's popup: `GET /sandbox/embedded-signup` serves the consent page Meta would (for
 * `client_id` = the app id and an http(s) `redirect_uri`), and the page calls the endpoints below
 * to verify a new number by SMS code and to finish with a code for `/oauth/access_token`.
 */
export function registerEmbeddedSignupRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, config } = context;
  const verifications = new PhoneVerifications();
  const knownApp = (clientId: string | undefined) =>
    clientId !== undefined && timingSafeStringEqual(clientId, config.appId);
  const refuseApp = (reply: FastifyReply, clientId: string) =>
    badRequest(reply, [{ path: 'clientId', message: `no app ${clientId} is set up for Embedded Signup` }]);

  app.get('/sandbox/embedded-signup', async (request, reply) => {
    const query = pageQuerySchema.parse(request.query);
    const text = signupText(query.locale);
    const html = (status: number, body: string) =>
      reply.code(status).type('text/html; charset=utf-8').send(body);
    if (!knownApp(query.client_id))
      return html(400, signupErrorPage(text, text.unknownApp.replace('{clientId}', query.client_id ?? '')));
    if (!isHttpUrl(query.redirect_uri)) return html(400, signupErrorPage(text, text.badRedirect));
    return html(
      200,
      signupPage({
        text,
        clientId: config.appId,
        redirectUri: query.redirect_uri,
        ...(query.state === undefined ? {} : { state: query.state }),
        businesses: businessesOf(context),
      }),
    );
  });

  app.post('/sandbox/embedded-signup/verifications', async (request, reply) => {
    const body = verificationStartSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    if (!knownApp(body.data.clientId)) return refuseApp(reply, body.data.clientId);
    const digits = displayDigits(body.data.phoneNumber);
    if ([...directory.numbers.values()].some((number) => displayDigits(number.displayPhoneNumber) === digits))
      return badRequest(reply, [
        { path: 'phoneNumber', message: 'this number is already on the WhatsApp Business Platform' },
      ]);
    const verification = verifications.start(body.data.phoneNumber.trim());
    return reply.code(201).send({ verificationId: verification.id, code: verification.code });
  });

  app.post('/sandbox/embedded-signup/verifications/:id', async (request, reply) => {
    const body = verificationCodeSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    if (!knownApp(body.data.clientId)) return refuseApp(reply, body.data.clientId);
    const { id } = request.params as { id: string };
    const result = verifications.verify(id, body.data.code);
    if (result === 'unknown') return notFound(reply, `no verification ${id} waiting for a code`);
    if (result === 'wrong_code')
      return badRequest(reply, [{ path: 'code', message: 'the code does not match' }]);
    return { verified: true };
  });

  app.post('/sandbox/embedded-signup/complete', async (request, reply) => {
    const body = signupCompletionSchema.safeParse(request.body);
    if (!body.success) return badRequest(reply, body.error);
    if (!knownApp(body.data.clientId)) return refuseApp(reply, body.data.clientId);
    const completed = completeSignup(context, verifications, body.data);
    if (Array.isArray(completed)) return badRequest(reply, completed);
    return reply.code(201).send(completed);
  });
}

function isHttpUrl(value: string | undefined): value is string {
  if (value === undefined || !URL.canParse(value)) return false;
  return ['http:', 'https:'].includes(new URL(value).protocol);
}

function businessesOf({ directory }: SandboxContext): SignupDirectory[] {
  return [...directory.businesses.values()].map((business) => ({
    id: business.id,
    name: business.name,
    wabas: directory.wabasOf(business.id).map((waba) => ({
      id: waba.id,
      name: waba.name,
      numbers: directory.numbersOf(waba.id).map(({ id, displayPhoneNumber, verifiedName }) => ({
        id,
        displayPhoneNumber,
        verifiedName,
      })),
    })),
  }));
}
