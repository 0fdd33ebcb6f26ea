import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { flowDetailSchema, flowDocumentSchema, importFlowSchema } from '@parley/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ExportFlowUseCase, exportDisposition } from './usecases/export-flow.usecase.js';
import { ImportFlowUseCase } from './usecases/import-flow.usecase.js';

/** Flows as files: export a draft, import one as a new flow. */
@ApiTags('flows')
@Controller('api/flows')
export class FlowDocumentsController {
  constructor(
    private readonly exportFlow: ExportFlowUseCase,
    private readonly importFlow: ImportFlowUseCase,
  ) {}

  /** The draft as a `parley-flow` document, downloaded as a file. */
  @Get(':id/export')
  @Requires('flows:read')
  @ApiJson(flowDocumentSchema)
  async export(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const document = await this.exportFlow.execute(caller, idParam(id));
    reply.header('content-disposition', exportDisposition(document.name));
    return document;
  }

  @Post('import')
  @Requires('flows:manage')
  @ApiJson(flowDetailSchema, { status: 201, body: importFlowSchema })
  import(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.importFlow.execute(caller, parseInput(importFlowSchema, body, 'body'));
  }
}
