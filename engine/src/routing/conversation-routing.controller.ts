import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  assignConversationSchema,
  conversationEventListSchema,
  conversationRoutingSchema,
  snoozeConversationSchema,
  transferConversationSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { AssignConversationUseCase } from './usecases/assign-conversation.usecase.js';
import { CloseConversationUseCase } from './usecases/close-conversation.usecase.js';
import { ListConversationEventsUseCase } from './usecases/list-conversation-events.usecase.js';
import { ReopenConversationUseCase } from './usecases/reopen-conversation.usecase.js';
import { ReturnToAutomationUseCase } from './usecases/return-to-automation.usecase.js';
import { SnoozeConversationUseCase } from './usecases/snooze-conversation.usecase.js';
import { TransferConversationUseCase } from './usecases/transfer-conversation.usecase.js';

/** Moving a conversation by hand: agents their own and unassigned ones, admins anyone's. */
@ApiTags('routing')
@Controller('api/conversations')
export class ConversationRoutingController {
  constructor(
    private readonly assignConversation: AssignConversationUseCase,
    private readonly transferConversation: TransferConversationUseCase,
    private readonly closeConversation: CloseConversationUseCase,
    private readonly reopenConversation: ReopenConversationUseCase,
    private readonly snoozeConversation: SnoozeConversationUseCase,
    private readonly returnConversation: ReturnToAutomationUseCase,
    private readonly listEvents: ListConversationEventsUseCase,
  ) {}

  @Get(':id/events')
  @Requires('inbox:read')
  @ApiJson(conversationEventListSchema)
  events(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.listEvents.execute(caller, idParam(id));
  }

  @Post(':id/assign')
  @Requires('messages:send')
  @HttpCode(200)
  @ApiJson(conversationRoutingSchema, { body: assignConversationSchema })
  assign(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    const input = parseInput(assignConversationSchema, body, 'body');
    return this.assignConversation.execute(caller, idParam(id), input);
  }

  @Post(':id/transfer')
  @Requires('messages:send')
  @HttpCode(200)
  @ApiJson(conversationRoutingSchema, { body: transferConversationSchema })
  transfer(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    const input = parseInput(transferConversationSchema, body, 'body');
    return this.transferConversation.execute(caller, idParam(id), input);
  }

  @Post(':id/close')
  @Requires('messages:send')
  @HttpCode(200)
  @ApiJson(conversationRoutingSchema)
  close(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.closeConversation.execute(caller, idParam(id));
  }

  @Post(':id/reopen')
  @Requires('messages:send')
  @HttpCode(200)
  @ApiJson(conversationRoutingSchema)
  reopen(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.reopenConversation.execute(caller, idParam(id));
  }

  @Post(':id/snooze')
  @Requires('messages:send')
  @HttpCode(200)
  @ApiJson(conversationRoutingSchema, { body: snoozeConversationSchema })
  snooze(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    const input = parseInput(snoozeConversationSchema, body, 'body');
    return this.snoozeConversation.execute(caller, idParam(id), input);
  }

  @Post(':id/return-to-automation')
  @Requires('messages:send')
  @HttpCode(200)
  @ApiJson(conversationRoutingSchema)
  returnToAutomation(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    return this.returnConversation.execute(caller, idParam(id));
  }
}
