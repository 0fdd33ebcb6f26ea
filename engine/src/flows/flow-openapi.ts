import { ApiResponse } from '@nestjs/swagger';
import type { z } from 'zod';
import { openApiSchema } from '../infrastructure/http/openapi.js';

/** Documents the 409 whose body the contract defines (a stale revision). */
export const ApiConflict = (schema: z.ZodType) =>
  ApiResponse({ status: 409, description: 'Saved on an old revision', schema: openApiSchema(schema) });

/** Documents the 422 of a graph the validator refuses, with its problems. */
export const ApiInvalidFlow = (schema: z.ZodType) =>
  ApiResponse({ status: 422, description: 'The graph has problems', schema: openApiSchema(schema) });
