import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditEntrySchema, listAuditQuery, pageSchema } from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ListAuditUseCase } from './list-audit.usecase.js';

@ApiTags('audit')
@Controller('api/audit-log')
export class AuditController {
  constructor(private readonly listAudit: ListAuditUseCase) {}

  /** The organisation's audit log, newest first. */
  @Get()
  @Requires('audit:read')
  @ApiJson(pageSchema(auditEntrySchema))
  list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return this.listAudit.execute(caller, parseInput(listAuditQuery, query, 'query'));
  }
}
