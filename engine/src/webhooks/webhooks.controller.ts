import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type ChannelClient, type InboundEvent, WebhookPayloadError } from '@parley/connector-sdk';
import type { Logger } from 'pino';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { connectorIds } from '../channels/connectors.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { errorSchema, openApiSchema } from '../infrastructure/http/openapi.js';
import { IntakeWebhookUseCase } from './intake-webhook.usecase.js';

const intakeResult = z.object({
  messagesStored: z.number(),
  duplicates: z.number(),
  statusesRecorded: z.number(),
  otherEvents: z.number(),
});

/** Channel webhooks: the subscription handshake and signed deliveries, one route per connector. */
@ApiTags('webhooks')
@Controller('webhooks')
export class WebhooksController {
  constructor(
    private readonly channels: ChannelClients,
    private readonly intake: IntakeWebhookUseCase,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get(':connector')
  @ApiOperation({
    summary:
      "The platform's subscription handshake, where it has one (WhatsApp: hub.mode, hub.verify_token, hub.challenge)",
  })
  @ApiParam({ name: 'connector', enum: connectorIds })
  handshake(
    @Param('connector') connector: string,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    const { client } = this.channels.channel(connector);
    if (!client.handshake)
      throw new ApiError(404, 'NO_HANDSHAKE', `${connector} webhooks have no subscription handshake`);
    const result = client.handshake(query);
    if (!result.ok) throw new ApiError(403, 'HANDSHAKE_REJECTED', 'the verify token does not match');
    return reply.status(200).type('text/plain').send(result.body);
  }

  @Post(':connector')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A signed webhook delivery; stored in one transaction, acknowledged without waiting on Temporal',
  })
  @ApiParam({ name: 'connector', enum: connectorIds })
  @ApiOkResponse({ schema: openApiSchema(intakeResult) })
  @ApiBadRequestResponse({
    description: 'Malformed JSON or not a webhook of this channel',
    schema: errorSchema,
  })
  @ApiUnauthorizedResponse({ description: 'Signature missing or wrong; nothing stored', schema: errorSchema })
  async receive(@Param('connector') connector: string, @Req() request: FastifyRequest) {
    const { id, client } = this.channels.channel(connector);
    const raw = request.body;
    if (!Buffer.isBuffer(raw))
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'webhooks must be sent as application/json');
    if (!client.verifySignature(raw, request.headers)) {
      throw new ApiError(
        401,
        'INVALID_SIGNATURE',
        'the signature (WhatsApp: X-Hub-Signature-256) is missing or does not match the body',
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new ApiError(400, 'MALFORMED_JSON', 'the request body is not valid JSON');
    }
    let events;
    try {
      events = client.parseWebhook(body);
    } catch (error) {
      if (!(error instanceof WebhookPayloadError)) throw error;
      throw new ApiError(400, 'NOT_A_WEBHOOK', `not a ${id} webhook: ${error.message}`, error.issues);
    }
    const accepted = events.filter((event) => this.channels.servesAccount(id, event.channelAccountId));
    const result = await this.intake.execute(id, accepted);
    this.acknowledgeInteractions(client, accepted);
    return result;
  }

  /** Answers taps the platform waits on (Telegram callback queries), after the events are stored. */
  private acknowledgeInteractions(client: ChannelClient, events: InboundEvent[]) {
    if (!client.acknowledgeInteraction) return;
    for (const event of events) {
      if (event.kind !== 'message' || !event.interactionId) continue;
      client.acknowledgeInteraction(event.interactionId).catch((error: unknown) => {
        this.logger.warn({ err: error, eventId: event.eventId }, 'could not acknowledge an interaction');
      });
    }
  }
}
