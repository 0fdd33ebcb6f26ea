import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  flowInvalidSchema,
  flowRunSchema,
  testChatQuerySchema,
  testChatRestartSchema,
  testChatSchema,
  testChatTapSchema,
  testChatWriteSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../../auth/access.decorators.js';
import type { Caller } from '../../auth/caller.js';
import { idParam, parseInput } from '../../infrastructure/http/api-error.js';
import { ApiJson } from '../../infrastructure/http/openapi.js';
import { ApiInvalidFlow } from '../flow-openapi.js';
import { TestChatUseCase } from './test-chat.usecase.js';

/** The designer's test chat: the admin as a customer of the WhatsApp sandbox, answered by the draft. */
@ApiTags('flows')
@Controller('api/flows/:id/test-chat')
export class TestChatController {
  constructor(private readonly chat: TestChatUseCase) {}

  /** The test customer's phone on the account, and the latest test run of the flow there. */
  @Get()
  @Requires('flows:manage')
  @ApiJson(testChatSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string, @Query() query: unknown) {
    const { channelAccountId } = parseInput(testChatQuerySchema, query, 'query');
    return this.chat.get(caller, idParam(id), channelAccountId);
  }

  /** The test customer writes; the draft starts on it unless a test run of it is going there. */
  @Post('messages')
  @Requires('flows:manage')
  @ApiJson(testChatSchema, { status: 201, body: testChatWriteSchema })
  @ApiInvalidFlow(flowInvalidSchema)
  write(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.chat.write(caller, idParam(id), parseInput(testChatWriteSchema, body, 'body'));
  }

  /** The test customer taps a reply button or a list row of a message they received. */
  @Post('taps')
  @Requires('flows:manage')
  @ApiJson(testChatSchema, { status: 201, body: testChatTapSchema })
  @ApiInvalidFlow(flowInvalidSchema)
  tap(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    return this.chat.tap(caller, idParam(id), parseInput(testChatTapSchema, body, 'body'));
  }

  /** A new test run of the current draft from the test customer's latest message. */
  @Post('restart')
  @Requires('flows:manage')
  @ApiJson(flowRunSchema, { status: 201, body: testChatRestartSchema })
  @ApiInvalidFlow(flowInvalidSchema)
  restart(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: unknown) {
    const { channelAccountId } = parseInput(testChatRestartSchema, body, 'body');
    return this.chat.restart(caller, idParam(id), channelAccountId);
  }
}
