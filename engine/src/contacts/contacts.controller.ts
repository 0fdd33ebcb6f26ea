import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { contactProfileSchema, createNoteSchema, noteSchema, updateContactSchema } from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ContactProfileUseCases } from './contact-profile.usecases.js';

@ApiTags('inbox')
@Controller('api/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactProfileUseCases) {}

  @Get(':id')
  @Requires('inbox:read')
  @ApiJson(contactProfileSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.contacts.get(caller, idParam(id));
  }

  /** The language, and the tags (normalised; they replace the old ones). */
  @Patch(':id')
  @Requires('messages:send')
  @ApiJson(contactProfileSchema, { body: updateContactSchema })
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.contacts.update(caller, idParam(id), parseInput(updateContactSchema, body, 'body'));
  }

  @Post(':id/notes')
  @Requires('messages:send')
  @ApiJson(noteSchema, { status: 201, body: createNoteSchema })
  addNote(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.contacts.addNote(caller, idParam(id), parseInput(createNoteSchema, body, 'body'));
  }
}
