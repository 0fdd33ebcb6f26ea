import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { timingSafeStringEqual } from '@parley/connector-sdk';
import { ApiError } from '../infrastructure/http/api-error.js';
import { Access } from './access.decorators.js';
import { Authenticator } from './authenticator.service.js';
import { CSRF_HEADER } from './session-cookie.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route is closed unless marked @Public: the caller must be signed in (session cookie or
 * API token), a session's changes must carry its CSRF token, and the route's permission must be
 * the caller's. 401 for no valid credentials, 403 for a missing permission or CSRF token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride(Access, [context.getHandler(), context.getClass()]) ?? {
      kind: 'signed-in',
    };
    if (rule.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const caller = await this.authenticator.authenticate(request);
    if (!caller) throw new ApiError(401, 'UNAUTHENTICATED', 'sign in first, or send a valid API token');
    if (caller.via.kind === 'session' && !safeMethods.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !timingSafeStringEqual(sent, caller.via.csrfToken))
        throw new ApiError(403, 'CSRF_TOKEN_INVALID', `send the session's CSRF token in ${CSRF_HEADER}`);
    }
    if (rule.sessionOnly && caller.via.kind !== 'session')
      throw new ApiError(403, 'SESSION_REQUIRED', 'this needs a signed-in browser session, not an API token');
    if (rule.permission && !caller.permissions.has(rule.permission)) {
      const who = caller.via.kind === 'token' ? 'this token' : `the ${caller.role} role`;
      throw new ApiError(403, 'FORBIDDEN', `${who} lacks the ${rule.permission} permission`);
    }
    request.caller = caller;
    return true;
  }
}
