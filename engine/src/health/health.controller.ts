import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Health, healthSchema } from '@parley/contracts';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorators.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';
import { WebhookStats } from '../webhooks/webhook-stats.service.js';

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly database: Database,
    private readonly temporal: TemporalClientService,
    private readonly stats: WebhookStats,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The state of the database and of Temporal. 200 while webhooks can be taken (Temporal down is "degraded"), 503 without a database',
  })
  @ApiJson(healthSchema)
  async check(@Res() reply: FastifyReply) {
    const [database, temporal] = await Promise.all([this.database.isHealthy(), this.temporal.isHealthy()]);
    const status = !database ? 'down' : temporal ? 'ok' : 'degraded';
    const health: Health = {
      status,
      database: { ok: database },
      temporal: { ok: temporal },
      webhooks: { unroutedEvents: this.stats.unroutedEvents, deadLetters: this.stats.deadLetters },
    };
    return reply.status(database ? 200 : 503).send(health);
  }
}
