import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  acceptInvitationRequest,
  changePasswordRequest,
  invitationPreviewRequest,
  invitationPreviewSchema,
  passwordResetDeliverySchema,
  requestPasswordResetRequest,
  resetPasswordRequest,
  sessionSchema,
  setupRequest,
  setupStatusSchema,
  signInRequest,
  updateProfileRequest,
} from '@parley/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import { parseInput } from '../infrastructure/http/api-error.js';
import { ApiJson } from '../infrastructure/http/openapi.js';
import { AcceptInvitationUseCase, PreviewInvitationUseCase } from './accept-invitation.usecase.js';
import { CurrentCaller, Public, SessionOnly, SignedIn } from './access.decorators.js';
import { ChangePasswordUseCase, SignOutUseCase, UpdateProfileUseCase } from './account.usecases.js';
import type { Caller } from './caller.js';
import { RequestPasswordResetUseCase, ResetPasswordUseCase } from './password-reset.usecase.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';
import { sessionView } from './sessions.js';
import { setupNeeded, SetUpUseCase } from './set-up.usecase.js';
import { SignInUseCase } from './sign-in.usecase.js';

const client = (request: FastifyRequest) => ({ ip: request.ip, userAgent: request.headers['user-agent'] });

/** Signing in and out, the first run, invitations, password resets and one's own account. */
@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly database: Database,
    private readonly setUp: SetUpUseCase,
    private readonly signIn: SignInUseCase,
    private readonly signOutUseCase: SignOutUseCase,
    private readonly previewInvitation: PreviewInvitationUseCase,
    private readonly acceptInvitation: AcceptInvitationUseCase,
    private readonly requestReset: RequestPasswordResetUseCase,
    private readonly resetPassword: ResetPasswordUseCase,
    private readonly changePasswordUseCase: ChangePasswordUseCase,
    private readonly updateProfile: UpdateProfileUseCase,
  ) {}

  /** Answers with the new session's view and sets its cookie. */
  private async signedIn(reply: FastifyReply, session: { token: string; csrfToken: string; userId: string }) {
    setSessionCookie(reply, session.token, this.config.PUBLIC_URL);
    return sessionView(this.database.sql(), session.userId, undefined, session.csrfToken);
  }

  @Get('setup')
  @Public()
  @ApiJson(setupStatusSchema)
  async setupStatus() {
    return { needed: await setupNeeded(this.database.sql()) };
  }

  @Post('setup')
  @Public()
  @ApiJson(sessionSchema, { status: 201, body: setupRequest })
  async firstRun(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const input = parseInput(setupRequest, body, 'body');
    return this.signedIn(reply, await this.setUp.execute(input, client(request)));
  }

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiJson(sessionSchema, { body: signInRequest })
  async signInWithPassword(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const input = parseInput(signInRequest, body, 'body');
    return this.signedIn(reply, await this.signIn.execute(input, client(request)));
  }

  @Get('session')
  @SignedIn()
  @ApiJson(sessionSchema)
  session(@CurrentCaller() caller: Caller) {
    const csrf = caller.via.kind === 'session' ? caller.via.csrfToken : '';
    return sessionView(this.database.sql(), caller.userId, caller.permissions, csrf);
  }

  @Post('sign-out')
  @SessionOnly()
  @HttpCode(204)
  @ApiJson(null, { status: 204 })
  async signOut(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signOutUseCase.execute(caller, false);
    clearSessionCookie(reply, this.config.PUBLIC_URL);
  }

  @Post('sign-out-everywhere')
  @SessionOnly()
  @HttpCode(204)
  @ApiJson(null, { status: 204 })
  async signOutEverywhere(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.signOutUseCase.execute(caller, true);
    clearSessionCookie(reply, this.config.PUBLIC_URL);
  }

  @Post('invitation/preview')
  @Public()
  @HttpCode(200)
  @ApiJson(invitationPreviewSchema, { body: invitationPreviewRequest })
  invitation(@Body() body: unknown) {
    return this.previewInvitation.execute(parseInput(invitationPreviewRequest, body, 'body').token);
  }

  @Post('invitation/accept')
  @Public()
  @ApiJson(sessionSchema, { status: 201, body: acceptInvitationRequest })
  async accept(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const input = parseInput(acceptInvitationRequest, body, 'body');
    return this.signedIn(reply, await this.acceptInvitation.execute(input, client(request)));
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(202)
  @ApiJson(passwordResetDeliverySchema, { status: 202, body: requestPasswordResetRequest })
  requestPasswordReset(@Body() body: unknown) {
    return this.requestReset.execute(parseInput(requestPasswordResetRequest, body, 'body').email);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(204)
  @ApiJson(null, { status: 204, body: resetPasswordRequest })
  async reset(@Body() body: unknown) {
    await this.resetPassword.execute(parseInput(resetPasswordRequest, body, 'body'));
  }

  @Post('password')
  @SessionOnly()
  @HttpCode(204)
  @ApiJson(null, { status: 204, body: changePasswordRequest })
  async changePassword(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    await this.changePasswordUseCase.execute(caller, parseInput(changePasswordRequest, body, 'body'));
  }

  @Patch('profile')
  @SessionOnly()
  @ApiJson(sessionSchema, { body: updateProfileRequest })
  async profile(@CurrentCaller() caller: Caller, @Body() body: unknown) {
    await this.updateProfile.execute(caller, parseInput(updateProfileRequest, body, 'body'));
    return this.session(caller);
  }
}
