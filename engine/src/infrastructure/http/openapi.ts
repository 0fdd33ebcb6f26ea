import type { ApiPropertyOptions } from '@nestjs/swagger';
import { z } from 'zod';

/** The OpenAPI schema of a zod schema, so the docs and the validation come from one definition. */
type SchemaObject = NonNullable<ApiPropertyOptions['items']>;

export function openApiSchema(schema: z.ZodType): SchemaObject {
  return z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'output',
    unrepresentable: 'any',
  }) as SchemaObject;
}

export const errorSchema = openApiSchema(
  z.object({
    code: z.string().meta({ example: 'INVALID_INPUT' }),
    message: z.string().meta({ example: 'Invalid query: limit: Too big: expected number to be <=200' }),
  }),
);
