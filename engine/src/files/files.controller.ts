import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { libraryFileListSchema, libraryFileSchema, listFilesQuery, uploadFileQuery } from '@parley/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { ApiError, idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { sendStoredFile } from '../media/send-stored-file.js';
import { LibraryFiles } from './library-files.service.js';

@ApiTags('templates')
@Controller('api/files')
export class FilesController {
  constructor(private readonly files: LibraryFiles) {}

  @Get()
  @Requires('templates:read')
  @ApiJson(libraryFileListSchema)
  async list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return { items: await this.files.list(caller, parseInput(listFilesQuery, query, 'query').format) };
  }

  /** The file's bytes as the body, its type as `Content-Type`, its name in `?filename=`. */
  /** Admins add template header media; agents the files they send from the composer. */
  @Post()
  @Requires('messages:send')
  @ApiJson(libraryFileSchema, { status: 201 })
  upload(
    @CurrentCaller() caller: Caller,
    @Query() query: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Body() body: unknown,
  ) {
    const { filename } = parseInput(uploadFileQuery, query, 'query');
    if (!Buffer.isBuffer(body))
      throw new ApiError(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'send the file itself as the body, with its type as Content-Type',
      );
    const mimeType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    return this.files.upload(caller, filename, mimeType, body);
  }

  @Get(':id/content')
  @ApiOperation({ summary: 'A library file’s bytes' })
  @ApiOkResponse({ description: 'The file, with its content type' })
  @Requires('templates:read')
  async content(@CurrentCaller() caller: Caller, @Param('id') id: string, @Res() reply: FastifyReply) {
    const file = await this.files.get(caller.organisationId, idParam(id));
    return sendStoredFile(reply, {
      path: this.files.store.path(file.id),
      mimeType: file.mimeType,
      filename: file.filename,
    });
  }
}
