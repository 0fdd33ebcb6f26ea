import { type ExecutionContext, applyDecorators, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import type { Permission } from '@parley/contracts';
import type { FastifyRequest } from 'fastify';
import type { Caller } from './caller.js';

/**
 * Who may call a route. Every route without one needs a signed-in caller; `permission` narrows it
 * to those who hold that permission; `sessionOnly` refuses API tokens (managing tokens and
 * passwords is for people in a browser).
 */
export type AccessRule =
  { kind: 'public' } | { kind: 'signed-in'; permission?: Permission; sessionOnly?: boolean };

export const Access = Reflector.createDecorator<AccessRule>();

/**
 * The rule, also written into the OpenAPI document (`x-parley-access`, `x-parley-permission`,
 * `x-parley-session-only`), so clients — and the tests that walk every route — can read it.
 */
function rule(access: AccessRule) {
  return applyDecorators(
    Access(access),
    ApiExtension('x-parley-access', access.kind),
    ...(access.kind === 'signed-in' && access.permission
      ? [ApiExtension('x-parley-permission', access.permission)]
      : []),
    ...(access.kind === 'signed-in' && access.sessionOnly
      ? [ApiExtension('x-parley-session-only', true)]
      : []),
  );
}

/** Open to anyone: webhooks, health, sign-in and the links in emails. */
export const Public = () => rule({ kind: 'public' });
/** Anyone signed in to the organisation (a session or an API token). */
export const SignedIn = () => rule({ kind: 'signed-in' });
export const Requires = (permission: Permission) => rule({ kind: 'signed-in', permission });
export const SessionOnly = (permission?: Permission) =>
  rule({ kind: 'signed-in', sessionOnly: true, ...(permission ? { permission } : {}) });

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

/** The authenticated caller of the route (the guard has put it on the request). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<FastifyRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a route the auth guard did not authenticate');
  return caller;
});
