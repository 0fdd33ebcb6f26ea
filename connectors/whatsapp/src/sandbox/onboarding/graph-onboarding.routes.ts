import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { loadMetaSpec } from '../../spec/meta-spec.js';
import { HOUR_MS } from '../clock.js';
import { markOperation } from '../contract/spec-operation.js';
import { graphGuard, visible } from '../graph-auth.js';
import { graphError, invalidParameter, messagingError } from '../graph-replies.js';
import type { SandboxContext } from '../sandbox-context.js';
import { verifyCallback } from './callback-verification.js';
import { phoneNumberView } from './phone-number-view.js';

const subscribedAppsPath = '/{Version}/{WABA-ID}/subscribed_apps';
const registerPath = '/{Version}/{Phone-Number-ID}/register';
const phoneNumbersPath = '/{Version}/{WABA-ID}/phone_numbers';

const subscribeSchema = z.object({
  override_callback_uri: z.url().optional(),
  verify_token: z.string().optional(),
});
/** Embedded Signup's server side after the code exchange: webhook subscription, registration, number listing. */
export function registerGraphOnboardingRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { directory, config, clock } = context;
  const wabaOf = (id: string) => directory.wabas.get(id);

  app.post('/:version/:wabaId/subscribed_apps', async (request, reply) => {
    markOperation(request, subscribedAppsPath);
    const grant = graphGuard(request, reply, directory);
    const { wabaId } = request.params as { wabaId: string };
    const waba = grant && visible(reply, grant, wabaId, wabaOf(wabaId));
    if (!waba) return reply;
    const body = subscribeSchema.safeParse(request.body ?? {});
    if (!body.success)
      return invalidParameter(
        reply,
        body.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    const override = body.data.override_callback_uri;
    if (override !== undefined) {
      const failure = await verifyCallback(override, body.data.verify_token ?? '', context.lifecycle.signal);
      if (failure)
        return graphError(reply, 400, {
          message: `(#2200) Callback verification failed with the following errors: ${failure}`,
          type: 'OAuthException',
          code: 2200,
        });
    }
    waba.subscription = override === undefined ? {} : { overrideCallbackUri: override };
    return { success: true };
  });

  app.get('/:version/:wabaId/subscribed_apps', async (request, reply) => {
    markOperation(request, subscribedAppsPath);
    const grant = graphGuard(request, reply, directory);
    const { wabaId } = request.params as { wabaId: string };
    const waba = grant && visible(reply, grant, wabaId, wabaOf(wabaId));
    if (!waba) return reply;
    const app = {
      id: config.appId,
      name: 'Parley',
      link: `https://www.facebook.com/games/?app_id=${config.appId}`,
    };
    const override = waba.subscription?.overrideCallbackUri;
    return {
      data: waba.subscription
        ? [{ whatsapp_business_api_data: app, ...(override ? { override_callback_uri: override } : {}) }]
        : [],
    };
  });

  app.delete('/:version/:wabaId/subscribed_apps', async (request, reply) => {
    markOperation(request, subscribedAppsPath);
    const grant = graphGuard(request, reply, directory);
    const { wabaId } = request.params as { wabaId: string };
    const waba = grant && visible(reply, grant, wabaId, wabaOf(wabaId));
    if (!waba) return reply;
    delete waba.subscription;
    return { success: true };
  });

  app.post('/:version/:phoneNumberId/register', async (request, reply) => {
    markOperation(request, registerPath);
    const grant = graphGuard(request, reply, directory);
    const { phoneNumberId } = request.params as { phoneNumberId: string };
    const number = grant && visible(reply, grant, phoneNumberId, directory.numbers.get(phoneNumberId));
    if (!number) return reply;
    const issues = loadMetaSpec().requestBody(registerPath, 'post')(request.body);
    if (issues.length > 0) return invalidParameter(reply, issues);
    const nowMs = clock.nowMs();
    number.registerAttempts = number.registerAttempts.filter((at) => nowMs - at < 72 * HOUR_MS);
    if (number.registerAttempts.length >= 10)
      return messagingError(
        reply,
        133016,
        'A number can be registered or deregistered at most 10 times in 72 hours.',
      );
    number.registerAttempts.push(nowMs);
    const { pin } = request.body as { pin: string };
    if (number.pin !== undefined && number.pin !== pin)
      return messagingError(
        reply,
        133005,
        'The PIN does not match the two-step verification PIN of this number.',
      );
    number.pin = pin;
    number.registered = true;
    return { success: true };
  });

  app.get('/:version/:wabaId/phone_numbers', async (request, reply) => {
    markOperation(request, phoneNumbersPath);
    const grant = graphGuard(request, reply, directory);
    const { wabaId } = request.params as { wabaId: string };
    const waba = grant && visible(reply, grant, wabaId, wabaOf(wabaId));
    if (!waba) return reply;
    const numbers = directory.numbersOf(waba.id).map(phoneNumberView);
    const cursor = (id: string | undefined) => Buffer.from(id ?? '').toString('base64url');
    return {
      data: numbers,
      paging: { cursors: { before: cursor(numbers[0]?.id), after: cursor(numbers.at(-1)?.id) } },
    };
  });
}
