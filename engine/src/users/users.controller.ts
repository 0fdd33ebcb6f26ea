import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  apiTokenSchema,
  createApiTokenRequest,
  createdApiTokenSchema,
  createInvitationRequest,
  invitationSchema,
  issuedInvitationSchema,
  passwordResetLinkSchema,
  updateUserRequest,
  userSchema,
  listSchema,
} from '@parley/contracts';
import { CurrentCaller, Requires, SessionOnly, SignedIn } from '../auth/access.decorators.js';
import type { Caller } from '../auth/caller.js';
import { idParam, parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { ApiTokensUseCase } from './api-tokens.usecases.js';
import { InvitationsUseCase, ListInvitationsUseCase } from './invitations.usecases.js';
import {
  CreatePasswordResetLinkUseCase,
  ListUsersUseCase,
  UnlockUserUseCase,
  UpdateUserUseCase,
} from './users.usecases.js';

@ApiTags('people')
@Controller('api/users')
export class UsersController {
  constructor(
    private readonly listUsers: ListUsersUseCase,
    private readonly updateUser: UpdateUserUseCase,
    private readonly unlockUser: UnlockUserUseCase,
    private readonly resetLink: CreatePasswordResetLinkUseCase,
  ) {}

  @Get()
  @Requires('users:manage')
  @ApiJson(listSchema(userSchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.listUsers.execute(caller) };
  }

  @Patch(':id')
  @Requires('users:manage')
  @ApiJson(userSchema, { body: updateUserRequest })
  update(@CurrentCaller() caller: Caller, @Param('id') userId: string, @Body() body: unknown) {
    return this.updateUser.execute(caller, idParam(userId), parseInput(updateUserRequest, body, 'body'));
  }

  @Post(':id/unlock')
  @Requires('users:manage')
  @HttpCode(200)
  @ApiJson(userSchema)
  unlock(@CurrentCaller() caller: Caller, @Param('id') userId: string) {
    return this.unlockUser.execute(caller, idParam(userId));
  }

  @Post(':id/password-reset-link')
  @Requires('users:manage')
  @ApiJson(passwordResetLinkSchema, { status: 201 })
  passwordResetLink(@CurrentCaller() caller: Caller, @Param('id') userId: string) {
    return this.resetLink.execute(caller, idParam(userId));
  }
}

@ApiTags('people')
@Controller('api/invitations')
export class InvitationsController {
  constructor(
    private readonly listInvitations: ListInvitationsUseCase,
    private readonly invitations: InvitationsUseCase,
  ) {}

  @Get()
  @Requires('users:manage')
  @ApiJson(listSchema(invitationSchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.listInvitations.execute(caller) };
  }

  @Post()
  @Requires('users:manage')
  @ApiJson(issuedInvitationSchema, { status: 201, body: createInvitationRequest })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.invitations.create(caller, parseInput(createInvitationRequest, body, 'body'));
  }

  @Post(':id/resend')
  @Requires('users:manage')
  @HttpCode(200)
  @ApiJson(issuedInvitationSchema)
  resend(@CurrentCaller() caller: Caller, @Param('id') invitationId: string) {
    return this.invitations.resend(caller, idParam(invitationId));
  }

  @Delete(':id')
  @Requires('users:manage')
  @ApiJson(invitationSchema)
  revoke(@CurrentCaller() caller: Caller, @Param('id') invitationId: string) {
    return this.invitations.revoke(caller, idParam(invitationId));
  }
}

@ApiTags('people')
@Controller('api/api-tokens')
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensUseCase) {}

  @Get()
  @SignedIn()
  @ApiJson(listSchema(apiTokenSchema))
  async list(@CurrentCaller() caller: Caller) {
    return { items: await this.tokens.list(caller) };
  }

  @Post()
  @SessionOnly()
  @ApiJson(createdApiTokenSchema, { status: 201, body: createApiTokenRequest })
  create(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    return this.tokens.create(caller, parseInput(createApiTokenRequest, body, 'body'));
  }

  @Delete(':id')
  @SignedIn()
  @ApiJson(apiTokenSchema)
  revoke(@CurrentCaller() caller: Caller, @Param('id') tokenId: string) {
    return this.tokens.revoke(caller, idParam(tokenId));
  }
}
