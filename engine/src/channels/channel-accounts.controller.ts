import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  channelAccountSchema,
  completeWhatsAppSignupRequest,
  connectTelegramRequest,
  exchangeWhatsAppSignupRequest,
  startWhatsAppSignupRequest,
  updateChannelAccountRequest,
  whatsappSignupSchema,
  listSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { AccountConnector } from './account-connector.service.js';
import { ChannelAccountsUseCase } from './channel-accounts.usecases.js';
import { WhatsAppSignupUseCase } from './whatsapp-signup.usecases.js';

@ApiTags('channels')
@Controller('api/channel-accounts')
export class ChannelAccountsController {
  constructor(private readonly accounts: ChannelAccountsUseCase) {}

  @Get()
  @Requires('channels:read')
  @ApiJson(listSchema(channelAccountSchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.accounts.list(caller) };
  }

  @Get(':id')
  @Requires('channels:read')
  @ApiJson(channelAccountSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') accountId: string) {
    return this.accounts.get(caller, idParam(accountId));
  }

  /** Rename, or the admin-only switch: `{"enabled": false}` stores webhooks and does nothing else. */
  @Patch(':id')
  @Requires('channels:manage')
  @ApiJson(channelAccountSchema, { body: updateChannelAccountRequest })
  update(@CurrentCaller() caller: Caller, @Param('id') accountId: string, @Body() body: unknown) {
    return this.accounts.update(
      caller,
      idParam(accountId),
      parseInput(updateChannelAccountRequest, body, 'body'),
    );
  }

  @Delete(':id')
  @Requires('channels:manage')
  @ApiJson(channelAccountSchema)
  disconnect(@CurrentCaller() caller: Caller, @Param('id') accountId: string) {
    return this.accounts.disconnect(caller, idParam(accountId));
  }
}

@ApiTags('channels')
@Controller('api/whatsapp/signups')
export class WhatsAppSignupsController {
  constructor(private readonly signups: WhatsAppSignupUseCase) {}

  @Post()
  @Requires('channels:manage')
  @ApiJson(whatsappSignupSchema, { status: 201, body: startWhatsAppSignupRequest })
  start(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.signups.start(caller, parseInput(startWhatsAppSignupRequest, body ?? {}, 'body').locale);
  }

  @Get(':id')
  @Requires('channels:manage')
  @ApiJson(whatsappSignupSchema)
  get(@CurrentCaller() caller: Caller, @Param('id') signupId: string) {
    return this.signups.get(caller, idParam(signupId));
  }

  @Post(':id/exchange')
  @Requires('channels:manage')
  @ApiJson(whatsappSignupSchema, { status: 201, body: exchangeWhatsAppSignupRequest })
  exchange(@CurrentCaller() caller: Caller, @Param('id') signupId: string, @Body() body: unknown) {
    return this.signups.exchange(
      caller,
      idParam(signupId),
      parseInput(exchangeWhatsAppSignupRequest, body, 'body'),
    );
  }

  @Post(':id/complete')
  @Requires('channels:manage')
  @ApiJson(channelAccountSchema, { status: 201, body: completeWhatsAppSignupRequest })
  complete(@CurrentCaller() caller: Caller, @Param('id') signupId: string, @Body() body: unknown) {
    return this.signups.complete(
      caller,
      idParam(signupId),
      parseInput(completeWhatsAppSignupRequest, body, 'body'),
    );
  }
}

@ApiTags('channels')
@Controller('api/telegram/bots')
export class TelegramBotsController {
  constructor(private readonly connector: AccountConnector) {}

  @Post()
  @Requires('channels:manage')
  @ApiJson(channelAccountSchema, { status: 201, body: connectTelegramRequest })
  connect(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    const input = parseInput(connectTelegramRequest, body, 'body');
    return this.connector.connectTelegram(caller, {
      botToken: input.botToken,
      ...(input.name ? { name: input.name } : {}),
    });
  }
}
