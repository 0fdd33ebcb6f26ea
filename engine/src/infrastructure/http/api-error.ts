import { HttpException } from '@nestjs/common';
import type { z } from 'zod';
import { uuidSchema } from '@parley/contracts';

/** An HTTP error with Parley's body shape: `{ code, message }` (plus `issues` for invalid input). */
export class ApiError extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    issues?: { path: string; message: string }[],
    /** More the contract defines for this error (the templates a WINDOW_CLOSED may use instead). */
    extra?: Record<string, unknown>,
  ) {
    super({ code, message, ...(issues ? { issues } : {}), ...extra }, status);
  }
}

/** A route's `:id` (or another uuid parameter named `what`), or a 400 naming it. */
export const idParam = (value: unknown, what = 'id'): string => parseInput(uuidSchema, value, what);

/** Parses `input` with `schema`, or throws a 400 naming every offending field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || what,
    message: issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  throw new ApiError(400, 'INVALID_INPUT', `Invalid ${what}: ${summary}`, issues);
}
