import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { inboxEventSchema } from '@parley/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import { Authenticator } from '../auth/authenticator.service.js';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { openApiSchema } from '../infrastructure/http/openapi.js';
import { touchAgent } from '../routing/agent-availability.js';
import { InboxEvents } from './inbox-events.service.js';

const heartbeatMs = 15_000;

@ApiTags('inbox')
@Controller('api/events')
export class EventsController {
  constructor(
    private readonly events: InboxEvents,
    private readonly authenticator: Authenticator,
    private readonly database: Database,
  ) {}

  /** The agent's session is there (an online agent no stream has seen for a while goes away). */
  private seen(userId: string): void {
    void touchAgent(this.database.sql(), userId, new Date()).catch(() => undefined);
  }

  /**
   * The caller's organisation's live changes. The credentials are checked again with every
   * heartbeat: a stream ends when its session is signed out or its person deactivated. Each
   * heartbeat also marks the agent seen (docs/routing.md, "Availability").
   */
  @Get()
  @Requires('inbox:read')
  @ApiOperation({
    summary:
      "Live changes to the organisation's conversations, messages and channel accounts (Server-Sent Events)",
  })
  @ApiOkResponse({ content: { 'text/event-stream': { schema: openApiSchema(inboxEventSchema) } } })
  stream(@CurrentCaller() caller: Caller, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
      'x-request-id': String(request.id),
    });
    raw.write(': connected\n\n');
    this.seen(caller.userId);
    const unsubscribe = this.events.subscribe(caller.organisationId, (event) =>
      raw.write(`data: ${JSON.stringify(event)}\n\n`),
    );
    const heartbeat = setInterval(() => {
      void this.authenticator.authenticate(request).then(
        (still) => {
          if (still?.userId !== caller.userId) {
            raw.end();
            return;
          }
          this.seen(caller.userId);
          raw.write(': heartbeat\n\n');
        },
        () => raw.write(': heartbeat\n\n'),
      );
    }, heartbeatMs);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  }
}
