import { type BusinessHours, type TeamSla, localTimeIn, teamSlaSchema } from '@parley/contracts';
import type { SlaTimer } from '@parley/workflows';

const minuteMs = 60_000;
const dayMinutes = 24 * 60;
/** Local steps are at most an hour, so a daylight-saving shift is caught at the next step. */
const maxStepMinutes = 60;
/** A little over a year of hourly steps: hours that never open give no deadline. */
const maxSteps = 400 * 24;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * `start` plus `minutes` counted only while the business is open by `hours` (the automatic replies'
 * weekly ranges in their time zone, holidays closed). Time outside the hours does not count: a
 * conversation assigned on Friday evening with a 30-minute target is due 30 minutes after Monday
 * opens. Null when the hours never open (no weekly range, or none within a year). Pure.
 */
export function addBusinessMinutes(hours: BusinessHours, start: Date, minutes: number): Date | null {
  if (minutes <= 0) return new Date(start);
  if (hours.weekly.length === 0) return null;
  const closed = new Set(hours.closedDates);
  const ranges = hours.weekly.map((range) => ({
    day: range.day,
    opens: minutesOf(range.opens),
    closes: minutesOf(range.closes),
  }));
  let at = start.getTime();
  let remaining = minutes * minuteMs;
  for (let step = 0; step < maxSteps; step++) {
    const local = localTimeIn(hours.timeZone, new Date(at));
    // Milliseconds into the current minute: zone offsets are whole minutes, so local minutes start here.
    const into = ((at % minuteMs) + minuteMs) % minuteMs;
    const today = closed.has(local.date) ? [] : ranges.filter((range) => range.day === local.day);
    const open = today.find((range) => range.opens <= local.minute && local.minute < range.closes);
    if (open) {
      const available = (open.closes - local.minute) * minuteMs - into;
      const used = Math.min(remaining, available);
      at += used;
      remaining -= used;
      if (remaining === 0) return new Date(at);
      continue;
    }
    const nextOpening = Math.min(
      dayMinutes,
      ...today.filter((range) => range.opens > local.minute).map((range) => range.opens),
    );
    at += Math.min(nextOpening - local.minute, maxStepMinutes) * minuteMs - into;
  }
  return null;
}

/**
 * When the first response to an assignment at `assignedAt` is due under the team's SLA: null for
 * no target. Business-hours-only targets count the channel account's business hours; without
 * hours set they count every minute.
 */
export function slaDeadline(sla: TeamSla, hours: BusinessHours | null, assignedAt: Date): Date | null {
  if (sla.firstResponseMinutes === null) return null;
  if (sla.businessHoursOnly && hours) return addBusinessMinutes(hours, assignedAt, sla.firstResponseMinutes);
  return new Date(assignedAt.getTime() + sla.firstResponseMinutes * minuteMs);
}

/** The conversation workflow's SLA timer for an assignment; null when its team has no target. */
export function slaTimerOf(
  sla: unknown,
  hours: BusinessHours | null,
  userId: string,
  assignedAt: Date,
): SlaTimer | null {
  const parsed = teamSlaSchema.safeParse(sla);
  const deadline = parsed.success ? slaDeadline(parsed.data, hours, assignedAt) : null;
  return deadline && { deadline: deadline.toISOString(), assignedAt: assignedAt.toISOString(), userId };
}
