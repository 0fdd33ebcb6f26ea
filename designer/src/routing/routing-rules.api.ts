import { routingRulesSchema, type RoutingRulesInput } from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/http';

/** The organisation's routing: the ordered rules and the default team, read and saved whole. */

export const routingRulesQuery = queryOptions({
  queryKey: ['routing-rules'] as const,
  queryFn: ({ signal }) => api('GET', '/api/routing-rules', routingRulesSchema, { signal }),
});

export const saveRoutingRules = (body: RoutingRulesInput) =>
  api('PUT', '/api/routing-rules', routingRulesSchema, { body });
