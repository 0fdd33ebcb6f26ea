import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createTemplateSchema,
  editTemplateSchema,
  listTemplatesQuery,
  templateDeletionSchema,
  templateDetailSchema,
  templateEnabledSchema,
  templateGroupInputSchema,
  templateGroupListSchema,
  templateGroupSchema,
  templateListSchema,
  templateSchema,
  templateSyncInputSchema,
  templateSyncResultSchema,
  usableTemplatesSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { TemplateDrafts } from './template-drafts.js';
import { TemplateGroupsUseCase } from './template-groups.usecases.js';
import { TemplatesUseCase } from './templates.usecases.js';

@ApiTags('templates')
@Controller('api/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesUseCase) {}

  @Get()
  @Requires('templates:read')
  @ApiJson(templateListSchema)
  async list(@CurrentCaller() caller: Caller, @Query() query: unknown) {
    return { items: await this.templates.list(caller, parseInput(listTemplatesQuery, query, 'query')) };
  }

  /** Submits a new template to WhatsApp's review; answers once WhatsApp has it (status PENDING). */
  @Post()
  @Requires('templates:manage')
  @ApiJson(templateSchema, { status: 201, body: createTemplateSchema })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.templates.create(caller, parseInput(createTemplateSchema, body, 'body'));
  }

  /** Imports templates created outside Parley and brings every status up to date. */
  @Post('sync')
  @HttpCode(200)
  @Requires('templates:manage')
  @ApiJson(templateSyncResultSchema, { body: templateSyncInputSchema })
  sync(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.templates.syncNow(
      caller,
      parseInput(templateSyncInputSchema, body ?? {}, 'body').channelAccountId,
    );
  }

  @Get(':id')
  @Requires('templates:read')
  @ApiJson(templateDetailSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.templates.get(caller, idParam(id));
  }

  /** New content; the template goes back to WhatsApp's review. */
  @Put(':id')
  @Requires('templates:manage')
  @ApiJson(templateSchema, { body: editTemplateSchema })
  edit(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.templates.edit(caller, idParam(id), parseInput(editTemplateSchema, body, 'body'));
  }

  @Delete(':id')
  @Requires('templates:manage')
  @ApiJson(templateDeletionSchema)
  remove(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.templates.remove(caller, idParam(id));
  }

  /** Parley's switch: a disabled template is refused everywhere until enabled again. */
  @Put(':id/enabled')
  @Requires('templates:manage')
  @ApiJson(templateSchema, { body: templateEnabledSchema })
  setEnabled(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.templates.setEnabled(
      caller,
      idParam(id),
      parseInput(templateEnabledSchema, body, 'body').enabled,
    );
  }

  @Post(':id/unpause')
  @HttpCode(200)
  @Requires('templates:manage')
  @ApiJson(templateSchema)
  unpause(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.templates.unpause(caller, idParam(id));
  }
}

@ApiTags('templates')
@Controller('api/template-groups')
export class TemplateGroupsController {
  constructor(private readonly groups: TemplateGroupsUseCase) {}

  @Get()
  @Requires('templates:read')
  @ApiJson(templateGroupListSchema)
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.groups.list(caller) };
  }

  @Post()
  @Requires('templates:manage')
  @ApiJson(templateGroupSchema, { status: 201, body: templateGroupInputSchema })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.groups.create(caller, parseInput(templateGroupInputSchema, body, 'body').name);
  }

  @Patch(':id')
  @Requires('templates:manage')
  @ApiJson(templateGroupSchema, { body: templateGroupInputSchema })
  rename(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.groups.rename(caller, idParam(id), parseInput(templateGroupInputSchema, body, 'body').name);
  }

  /** Its templates stay, ungrouped. */
  @Delete(':id')
  @HttpCode(204)
  @Requires('templates:manage')
  @ApiJson(null, { status: 204 })
  async remove(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    await this.groups.remove(caller, idParam(id));
  }
}

@ApiTags('inbox')
@Controller('api/conversations')
export class ConversationTemplatesController {
  constructor(private readonly drafts: TemplateDrafts) {}

  /** The templates of the conversation's WhatsApp Business Account, each with why it may not be sent now. */
  @Get(':id/templates')
  @Requires('templates:read')
  @ApiJson(usableTemplatesSchema)
  async usable(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return { items: await this.drafts.usable(caller.organisationId, idParam(id)) };
  }
}
