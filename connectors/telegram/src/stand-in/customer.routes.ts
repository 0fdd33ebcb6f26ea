import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { conversationItem } from './conversation-view.js';
import { block, CustomerActionError, react, sendAsCustomer, tapButton } from './customer-actions.js';
import type { StandInContext } from './stand-in-context.js';

const chatParams = z.object({
  chatId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 52),
});
const messageParams = chatParams.extend({ messageId: z.coerce.number().int().positive() });
const name = z.string().min(1).max(64).optional();
const customerMessageSchema = z
  .object({
    text: z.string().min(1).max(4096).optional(),
    firstName: name,
    lastName: name,
    username: z
      .string()
      .regex(/^\w{5,32}$/, 'must be 5-32 characters of A-Z, a-z, 0-9 and _')
      .optional(),
    document: z
      .object({ fileName: z.string().min(1), mimeType: z.string().optional(), contentBase64: z.base64() })
      .optional(),
    replyToMessageId: z.number().int().positive().optional(),
  })
  .refine((body) => body.text !== undefined || body.document !== undefined, {
    message: 'needs text or a document',
    path: ['text'],
  });
const tapSchema = z.object({ data: z.string().min(1) });
const reactSchema = z.object({ emoji: z.string() });
const outboundQuerySchema = z.object({ since: z.iso.datetime({ offset: true }).optional() });

/** The test-control API: the customer's side of chats, and what the bot sent. */
export function registerCustomerRoutes(app: FastifyInstance, context: StandInContext): void {
  app.get('/stand-in/health', async () => ({ status: 'ok' }));

  app.post('/stand-in/chats/:chatId/messages', async (request, reply) => {
    const { chatId } = parse(chatParams, request.params);
    return reply
      .code(201)
      .send(await sendAsCustomer(context, chatId, parse(customerMessageSchema, request.body)));
  });

  app.post('/stand-in/chats/:chatId/messages/:messageId/tap', async (request, reply) => {
    const { chatId, messageId } = parse(messageParams, request.params);
    return reply
      .code(201)
      .send(await tapButton(context, chatId, messageId, parse(tapSchema, request.body).data));
  });

  app.post('/stand-in/chats/:chatId/messages/:messageId/react', async (request, reply) => {
    const { chatId, messageId } = parse(messageParams, request.params);
    return reply
      .code(201)
      .send(await react(context, chatId, messageId, parse(reactSchema, request.body).emoji));
  });

  app.post('/stand-in/chats/:chatId/block', async (request) => {
    block(context, parse(chatParams, request.params).chatId);
    return { blocked: true };
  });

  app.get('/stand-in/chats/:chatId/messages', async (request) => {
    const chat = context.store.chat(parse(chatParams, request.params).chatId);
    return { items: (chat?.messages ?? []).map(conversationItem) };
  });

  /** Test control: where updates go now and the secret sent with them (what setWebhook set). */
  app.get('/stand-in/webhook', async (_request, reply) => {
    const target = context.queue.webhook;
    if (!target) return reply.code(404).send({ error: 'no webhook is set' });
    return { url: target.url, secret: target.secret ?? null, pendingUpdates: context.queue.pendingCount };
  });

  app.get('/stand-in/outbound', async (request) => {
    const { since } = parse(outboundQuerySchema, request.query);
    const calls = context.store.callsSince(since === undefined ? undefined : new Date(since));
    return { items: calls.map((call) => ({ ...call, at: call.at.toISOString() })) };
  });
}

/** Parses input, throwing a 400 that names each bad field. */
function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path || '(body)'}: ${issue.message}`).join('; ');
  throw new CustomerActionError(400, `Invalid request: ${summary}`, issues);
}

export function customerErrorReply(reply: FastifyReply, error: CustomerActionError): FastifyReply {
  return reply
    .code(error.status)
    .send({ error: error.message, ...(error.issues ? { issues: error.issues } : {}) });
}
