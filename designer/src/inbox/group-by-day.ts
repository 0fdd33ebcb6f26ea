import type { Message } from '@parley/contracts';
import { dayKey } from '../i18n/format';

export interface DayGroup {
  key: string;
  /** Timestamp of the first message, for the day heading. */
  first: string;
  messages: Message[];
}

/** Splits a thread (oldest first) into runs of messages sent on the same local calendar day. */
export function groupByDay(messages: readonly Message[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const m of messages) {
    const key = dayKey(m.createdAt);
    const last = groups.at(-1);
    if (last?.key === key) last.messages.push(m);
    else groups.push({ key, first: m.createdAt, messages: [m] });
  }
  return groups;
}
