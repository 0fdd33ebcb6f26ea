import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { openApiSchema } from '../infrastructure/http/openapi.js';
import { InboxEvents } from './inbox-events.service.js';
import { inboxEventDto } from './inbox.dto.js';

const heartbeatMs = 15_000;

@ApiTags('inbox')
@Controller('api/events')
export class EventsController {
  constructor(private readonly events: InboxEvents) {}

  @Get()
  @ApiOperation({
    summary: 'Live changes to conversations and messages (Server-Sent Events; each `data` is one JSON event)',
  })
  @ApiOkResponse({ content: { 'text/event-stream': { schema: openApiSchema(inboxEventDto) } } })
  stream(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': String(request.id),
    });
    raw.write(': connected\n\n');
    const subscription = this.events.stream.subscribe((event) =>
      raw.write(`data: ${JSON.stringify(event)}\n\n`),
    );
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), heartbeatMs);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      subscription.unsubscribe();
    });
  }
}
