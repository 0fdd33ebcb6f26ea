import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { Database } from '../infrastructure/database/database.js';
import { ApiError, idParam } from '../infrastructure/http/api-error.js';
import { errorSchema } from '../infrastructure/http/openapi.js';
import { MediaFetcher } from './media-fetcher.service.js';
import { sendStoredFile } from './send-stored-file.js';

@ApiTags('inbox')
@Controller('api/media')
export class MediaController {
  constructor(
    private readonly database: Database,
    private readonly fetcher: MediaFetcher,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'A media file a customer sent, once fetched from the platform' })
  @ApiOkResponse({ description: 'The file, with its content type' })
  @ApiNotFoundResponse({ schema: errorSchema })
  @Requires('inbox:read')
  async download(@CurrentCaller() caller: Caller, @Param('id') id: string, @Res() reply: FastifyReply) {
    const mediaId = idParam(id);
    const media = await this.database
      .sql()
      .selectFrom('Media')
      .selectAll()
      .where('id', '=', mediaId)
      .where('organisation', '=', caller.organisationId)
      .executeTakeFirst();
    if (!media || media.state !== 'stored')
      throw new ApiError(404, 'NOT_FOUND', `media ${mediaId} is not available`);
    return sendStoredFile(reply, {
      path: this.fetcher.store.path(media.id),
      mimeType: media.mimeType ?? null,
      filename: media.filename ?? null,
    });
  }
}
