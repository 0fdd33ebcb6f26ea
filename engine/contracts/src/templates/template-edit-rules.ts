/** WhatsApp's edit rules (../shared/WHATSAPP.md): approved templates once per 24 h, 10 per 30 days. */
const dayMs = 24 * 60 * 60 * 1000;
export const approvedEditRule = { perDay: 1, perThirtyDays: 10 } as const;

export const editableStatuses = ['APPROVED', 'REJECTED', 'PAUSED'] as const;

export type EditAllowance =
  | { allowed: true }
  | {
      allowed: false;
      reason: 'STATUS' | 'DAILY_LIMIT' | 'MONTHLY_LIMIT' | 'NOT_EDITABLE_IN_PARLEY';
      /** When an edit will be allowed again (null: not by waiting). */
      allowedFrom: string | null;
    };

/**
 * Whether a template in this status, edited while approved at these times, may be edited now.
 * Rejected and paused templates may be edited freely.
 */
export function editAllowance(
  template: { status: string; approvedEdits: readonly string[]; editable: boolean },
  now: Date,
): EditAllowance {
  if (!template.editable) return { allowed: false, reason: 'NOT_EDITABLE_IN_PARLEY', allowedFrom: null };
  if (!(editableStatuses as readonly string[]).includes(template.status))
    return { allowed: false, reason: 'STATUS', allowedFrom: null };
  if (template.status !== 'APPROVED') return { allowed: true };
  const times = template.approvedEdits.map((at) => Date.parse(at)).sort((a, b) => a - b);
  const recent = times.filter((at) => now.getTime() - at < 30 * dayMs);
  const last = recent[recent.length - 1];
  const daily = last !== undefined && now.getTime() - last < dayMs ? last + dayMs : undefined;
  // Once 10 edits fall within 30 days, the next is allowed when the oldest of those 10 leaves the window.
  const monthly =
    recent.length >= approvedEditRule.perThirtyDays
      ? recent[recent.length - approvedEditRule.perThirtyDays]! + 30 * dayMs
      : undefined;
  // When both limits bind, the later one says when an edit is allowed again.
  if (monthly !== undefined && (daily === undefined || monthly >= daily))
    return { allowed: false, reason: 'MONTHLY_LIMIT', allowedFrom: new Date(monthly).toISOString() };
  if (daily !== undefined)
    return { allowed: false, reason: 'DAILY_LIMIT', allowedFrom: new Date(daily).toISOString() };
  return { allowed: true };
}
