import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { ChannelClient, Headers } from '@parley/connector-sdk';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { Public } from '../auth/access.decorators.js';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { ChannelDirectory } from '../channels/channel-directory.service.js';
import { channels, connectorIds, type ConnectorId, isConnectorId } from '../channels/connectors.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { LOGGER } from '../infrastructure/logging/logging.module.js';
import { errorSchema, openApiSchema } from '../infrastructure/http/openapi.js';
import { WebhookDeliveries } from './webhook-deliveries.service.js';

const deliveryResult = z.object({
  messagesStored: z.number(),
  duplicates: z.number(),
  statusesRecorded: z.number(),
  otherEvents: z.number(),
  unrouted: z.number(),
  deadLettered: z.number(),
});

function rawBody(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body))
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'webhooks must be sent as application/json');
  return request.body;
}

function checkAuthenticity(
  id: ConnectorId,
  verify: (raw: Buffer, headers: Headers) => boolean,
  raw: Buffer,
  request: FastifyRequest,
) {
  if (!verify(raw, request.headers)) {
    const { displayName, webhooks } = channels[id].connector.manifest;
    throw new ApiError(
      401,
      'INVALID_SIGNATURE',
      `${webhooks.authentication} is missing or wrong: not a ${displayName} delivery`,
    );
  }
}

/**
 * Channel webhooks: the subscription handshake and signed deliveries. A channel whose platform
 * posts every account to one URL (WhatsApp) has `/webhooks/:connector`; one that gives each account
 * its own URL (Telegram) has `/webhooks/:connector/:key`. Public: the signature is the proof.
 */
@ApiTags('webhooks')
@Controller('webhooks')
@Public()
export class WebhooksController {
  constructor(
    private readonly channels: ChannelClients,
    private readonly directory: ChannelDirectory,
    private readonly deliveries: WebhookDeliveries,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get(':connector')
  @ApiOperation({
    summary: "The platform's subscription handshake (WhatsApp: hub.mode, hub.verify_token, hub.challenge)",
  })
  @ApiParam({ name: 'connector', enum: connectorIds })
  handshake(
    @Param('connector') connector: string,
    @Query() query: Record<string, string>,
    @Res() reply: FastifyReply,
  ) {
    const { id, receiver } = this.channels.sharedReceiver(connector);
    if (!receiver.handshake)
      throw new ApiError(404, 'NO_HANDSHAKE', `${id} webhooks have no subscription handshake`);
    const result = receiver.handshake(query);
    if (!result.ok)
      throw result.reason === 'invalid'
        ? new ApiError(400, 'HANDSHAKE_INVALID', result.message)
        : new ApiError(403, 'HANDSHAKE_REJECTED', result.message);
    return reply.status(200).type('text/plain').send(result.body);
  }

  @Post(':connector')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A signed delivery for any account (WhatsApp). Stored in one transaction, acknowledged without waiting on Temporal; parts Parley cannot read are kept as dead letters, and the delivery is still answered 200',
  })
  @ApiParam({ name: 'connector', enum: connectorIds })
  @ApiOkResponse({ schema: openApiSchema(deliveryResult) })
  @ApiUnauthorizedResponse({ description: 'Signature missing or wrong; nothing stored', schema: errorSchema })
  async receive(@Param('connector') connector: string, @Req() request: FastifyRequest) {
    const { id, receiver } = this.channels.sharedReceiver(connector);
    const raw = rawBody(request);
    checkAuthenticity(id, (body, headers) => receiver.verifySignature(body, headers), raw, request);
    return (await this.deliveries.shared(id, receiver, raw)).result;
  }

  @Post(':connector/:key')
  @HttpCode(200)
  @ApiOperation({
    summary: "A delivery to one account's own webhook URL (Telegram), checked with that account's secret",
  })
  @ApiParam({ name: 'connector', enum: connectorIds })
  @ApiOkResponse({ schema: openApiSchema(deliveryResult) })
  @ApiUnauthorizedResponse({ description: 'Secret missing or wrong; nothing stored', schema: errorSchema })
  async receiveForAccount(
    @Param('connector') connector: string,
    @Param('key') key: string,
    @Req() request: FastifyRequest,
  ) {
    const account = isConnectorId(connector) ? await this.directory.byWebhookKey(connector, key) : undefined;
    const client = account && this.channels.clientFor(account);
    if (!account || !client)
      throw new ApiError(404, 'UNKNOWN_WEBHOOK', `no account takes webhooks at /webhooks/${connector}/…`);
    const raw = rawBody(request);
    checkAuthenticity(
      account.channel,
      (body, headers) => client.client.verifySignature(body, headers),
      raw,
      request,
    );
    const { result, interactionIds } = await this.deliveries.forAccount(account, client.client, raw);
    this.acknowledge(client.client, interactionIds);
    return result;
  }

  /** Answers taps the platform waits on (Telegram callback queries), after they are stored. */
  private acknowledge(client: ChannelClient, interactionIds: string[]) {
    if (!client.acknowledgeInteraction) return;
    for (const interactionId of interactionIds) {
      client.acknowledgeInteraction(interactionId).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'could not acknowledge an interaction');
      });
    }
  }
}
