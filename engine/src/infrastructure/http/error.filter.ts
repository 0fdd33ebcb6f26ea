import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { LOGGER } from '../logging/logging.module.js';

const codeByStatus: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * A unique index refused a write: two requests raced to create the same thing (the checks before
 * it passed for both). PostgreSQL says 23505, SQLite SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY, and
 * MikroORM wraps either.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof UniqueConstraintViolationException) return true;
    const code = (cause as { code?: unknown }).code;
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
      return true;
  }
  return false;
}

/** Every error leaves as `{ code, message }`; unexpected ones are logged and answered 500. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      if (typeof body === 'object' && body !== null && 'code' in body) return reply.status(status).send(body);
      const message = typeof body === 'string' ? body : error.message;
      return reply.status(status).send({ code: codeByStatus[status] ?? `HTTP_${status}`, message });
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message = error instanceof Error ? error.message : 'Bad request';
      return reply.status(status).send({ code: codeByStatus[status] ?? `HTTP_${status}`, message });
    }
    if (isUniqueViolation(error)) {
      this.logger.warn({ err: error, reqId: request.id }, 'write refused by a unique index');
      return reply.status(409).send({
        code: 'CONFLICT',
        message: 'this was changed by another request at the same time; try again',
      });
    }
    this.logger.error({ err: error, reqId: request.id }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: 'Internal server error' });
  }
}
