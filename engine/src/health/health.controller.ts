import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Database } from '../infrastructure/database/database.js';
import { openApiSchema } from '../infrastructure/http/openapi.js';
import { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';

const healthDto = z.object({
  status: z.enum(['ok', 'degraded', 'down']),
  database: z.object({ ok: z.boolean() }),
  temporal: z.object({ ok: z.boolean() }),
});

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: Database,
    private readonly temporal: TemporalClientService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The state of the database and of Temporal. 200 while webhooks can be taken (Temporal down is "degraded"), 503 without a database',
  })
  @ApiOkResponse({ schema: openApiSchema(healthDto) })
  async check(@Res() reply: FastifyReply) {
    const [database, temporal] = await Promise.all([this.database.isHealthy(), this.temporal.isHealthy()]);
    const status = !database ? 'down' : temporal ? 'ok' : 'degraded';
    return reply
      .status(database ? 200 : 503)
      .send({ status, database: { ok: database }, temporal: { ok: temporal } } satisfies z.infer<
        typeof healthDto
      >);
  }
}
