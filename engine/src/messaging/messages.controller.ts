import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { messageSchema, sendMessageSchema } from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ReadReceiptsUseCase } from './read-receipts.usecase.js';
import { SendMessageUseCase } from './send-message.usecase.js';

@ApiTags('inbox')
@Controller('api/conversations')
export class MessagesController {
  constructor(
    private readonly sendMessage: SendMessageUseCase,
    private readonly receipts: ReadReceiptsUseCase,
  ) {}

  /**
   * Sends a message (text, a file, reply buttons, a list, a CTA URL or a template) through the
   * conversation workflow. 409 WINDOW_CLOSED lists the templates that may go instead; the same
   * `clientId` sent again sends once.
   */
  @Post(':id/messages')
  @Requires('messages:send')
  @ApiJson(messageSchema, { status: 201, body: sendMessageSchema })
  send(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.sendMessage.execute(caller, idParam(id), parseInput(sendMessageSchema, body, 'body'));
  }

  /** Marks the customer's messages read (blue ticks on WhatsApp). */
  @Post(':id/read')
  @HttpCode(204)
  @Requires('inbox:read')
  @ApiJson(null, { status: 204 })
  async read(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    await this.receipts.markRead(caller, idParam(id));
  }

  /** Shows the customer a typing indicator (at most one per conversation every 10 s). */
  @Post(':id/typing')
  @HttpCode(204)
  @Requires('messages:send')
  @ApiJson(null, { status: 204 })
  async typing(@CurrentCaller() caller: Caller, @Param('id') id: string) {
    await this.receipts.typing(caller, idParam(id));
  }
}
