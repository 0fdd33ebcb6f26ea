import { applyDecorators } from '@nestjs/common';
import { ApiBody, type ApiPropertyOptions, ApiResponse } from '@nestjs/swagger';
import { apiErrorSchema } from '@parley/contracts';
import { z } from 'zod';

/** The OpenAPI schema of a zod schema, so the docs and the validation come from one definition. */
type SchemaObject = NonNullable<ApiPropertyOptions['items']>;

export function openApiSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject {
  return z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as SchemaObject;
}

export const errorSchema = openApiSchema(apiErrorSchema);

/** Documents a JSON response (200 unless given) and, when given, the JSON request body. */
export function ApiJson(response: z.ZodType | null, options: { status?: number; body?: z.ZodType } = {}) {
  const decorators = [];
  if (options.body) decorators.push(ApiBody({ schema: openApiSchema(options.body, 'input') }));
  const status = options.status ?? 200;
  decorators.push(
    response
      ? ApiResponse({ status, schema: openApiSchema(response) })
      : ApiResponse({ status, description: 'No content' }),
  );
  decorators.push(
    ApiResponse({ status: 400, description: 'Invalid input, naming each field', schema: errorSchema }),
  );
  return applyDecorators(...decorators);
}
