import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../../auth/access.decorators.js';
import { ApiError } from '../../infrastructure/http/api-error.js';
import { errorSchema, openApiSchema } from '../../infrastructure/http/openapi.js';
import { ReceiveStripeWebhookUseCase } from './receive-stripe-webhook.usecase.js';

/** Stripe's webhook endpoint. Public: the `Stripe-Signature` over the raw body is the proof. */
@ApiTags('webhooks')
@Controller('webhooks/stripe')
@Public()
export class StripeWebhookController {
  constructor(private readonly receiving: ReceiveStripeWebhookUseCase) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A signed Stripe event: Checkout Sessions completed, paid later, failed or expired reach their purchase; any other genuine event is answered 200 and ignored',
  })
  @ApiOkResponse({ schema: openApiSchema(z.object({ delivered: z.boolean() })) })
  @ApiResponse({ status: 400, description: 'Signature missing or wrong', schema: errorSchema })
  receive(@Req() request: FastifyRequest) {
    if (!Buffer.isBuffer(request.body))
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Stripe webhooks are sent as application/json');
    return this.receiving.execute(request.body, request.headers);
  }
}
