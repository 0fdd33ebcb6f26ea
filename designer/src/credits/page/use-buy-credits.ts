import type { Purchase } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { ApiError } from '../../api/api-error';
import { newClientId } from '../../api/client-id';
import { purchaseChanged } from '../credits.cache';
import { purchaseBody, type SandboxCard } from './buy-credits';
import { createPurchase } from './purchases.api';

/**
 * Starts a purchase. Each purchase has a fresh client id; one whose answer never came (the network
 * failed, the server erred) is sent again under the same id, so it is never bought twice. Stripe's
 * answer carries the Checkout page to go to; the sandbox's is shown by `onStarted`.
 */
export function useBuyCredits(onStarted: (purchase: Purchase) => void) {
  const queryClient = useQueryClient();
  const unanswered = useRef<{ signature: string; clientId: string } | null>(null);
  const create = useMutation({ mutationFn: createPurchase });

  const buy = async (credits: number, card: SandboxCard | null): Promise<void> => {
    const signature = JSON.stringify({ credits, card });
    const clientId =
      unanswered.current?.signature === signature ? unanswered.current.clientId : newClientId();
    try {
      const purchase = await create.mutateAsync(purchaseBody(credits, card, clientId));
      unanswered.current = null;
      purchaseChanged(queryClient, purchase);
      if (purchase.provider === 'stripe') {
        if (!purchase.checkoutUrl)
          throw new ApiError('BAD_RESPONSE', 'The purchase has no Stripe Checkout page', 201);
        window.location.assign(purchase.checkoutUrl);
        return;
      }
      onStarted(purchase);
    } catch (e) {
      const status = e instanceof ApiError ? e.status : 0;
      unanswered.current = status === 0 || status >= 500 ? { signature, clientId } : null;
      throw e;
    }
  };

  return buy;
}
