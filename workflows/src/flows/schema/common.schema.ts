import { z } from 'zod';
import { maxWaitMinutes } from '../limits.js';

/** Node, port and edge ids: short, stable, safe in keys and CSS (the editor pins errors on them). */
export const flowIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use 1–64 letters, digits, "_" or "-"');

/** A variable's name: lower-case letters, digits and "_", starting with a letter. */
export const variableNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,39}$/,
    'use lower-case letters, digits and "_", starting with a letter (at most 40)',
  );

/** Text a customer sees, with `{{variable}}`, `{{contact.name}}` placeholders filled in when sent. */
export const flowTextSchema = z.string().trim().min(1, 'write the text').max(4096);

export const positionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });

/** Minutes to days: how long a wait, a reply or a delay may last (at most 30 days). */
export const minutesSchema = z.number().int().min(1).max(maxWaitMinutes);

/** What every node has: its id, where the editor draws it, and which of its outputs end the flow. */
export const baseNode = {
  id: flowIdSchema,
  position: positionSchema,
  /** A name the admin gives the node (shown in analytics and traces). */
  label: z.string().trim().max(80).optional(),
  /** Outputs left unconnected on purpose: taking one ends the flow there (counted as a drop). */
  terminalPorts: z.array(z.string()).optional(),
};

/** What a customer's reply that matches no button does: asks again up to `maxReasks` times, then takes `no_match`. */
export const noMatchSchema = z.object({
  reaskText: flowTextSchema,
  maxReasks: z.number().int().min(0).max(5),
});
