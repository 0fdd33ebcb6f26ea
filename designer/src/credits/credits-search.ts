import { z } from 'zod';

/** `/settings/credits?purchase=<id>`: the purchase whose progress to show (Stripe Checkout returns here). */
export const creditsSearch = z.object({ purchase: z.uuid().optional().catch(undefined) });
