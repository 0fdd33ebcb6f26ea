import type { Conversation } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCan } from '../../shell/use-session';
import { messagePriceQuery } from '../message-price.query';

/**
 * What sending `templateId` (null: a free-form message) costs now, for people who may see the
 * balance; read again whenever the balance moves (`credits.updated`).
 */
export function useMessagePrice(conversation: Conversation, templateId: string | null, enabled = true) {
  const allowed = useCan('credits:read');
  return useQuery({ ...messagePriceQuery(conversation, templateId), enabled: allowed && enabled });
}
