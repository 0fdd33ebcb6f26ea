import { fillPlaceholders } from '../variables.js';
import type { StepContext } from './step.types.js';

/** A text of the node with the run's variables and the contact's fields filled in (secrets stay placeholders). */
export function fill(context: StepContext, text: string): string {
  return fillPlaceholders(text, {
    variables: context.variables,
    contact: { name: context.contact.name, phone: context.contact.phone, language: context.contact.language },
  });
}

/** A text that must not be empty once filled (a channel refuses an empty body): the raw text otherwise. */
export function fillNonEmpty(context: StepContext, text: string): string {
  const filled = fill(context, text).trim();
  return filled === '' ? text : filled;
}

export function minutesFrom(now: number, minutes: number): number {
  return now + minutes * 60_000;
}
