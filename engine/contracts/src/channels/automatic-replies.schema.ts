import { z } from 'zod';
import { isoDateTime, localeSchema, personRefSchema } from '../common.schema.js';
import { templateValuesSchema } from '../templates/template.schema.js';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM (00:00–23:59)');

/** Opening hours on one day of the week (0 Sunday … 6 Saturday); closes after it opens. */
export const openingHoursSchema = z
  .object({ day: z.number().int().min(0).max(6), opens: time, closes: time })
  .refine((hours) => hours.closes > hours.opens, {
    message: 'closes must be after opens',
    path: ['closes'],
  });

export const businessHoursSchema = z.object({
  /** An IANA time zone, e.g. Asia/Tokyo. */
  timeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone such as Asia/Tokyo'),
  /** Several ranges on one day are allowed (a lunch break); a day without any is closed. */
  weekly: z.array(openingHoursSchema).max(28),
  /** Whole days closed (holidays), as YYYY-MM-DD in the time zone. */
  closedDates: z.array(z.iso.date()).max(366).default([]),
});
export type BusinessHours = z.infer<typeof businessHoursSchema>;

const replyText = z.string().trim().min(1).max(4096);

/**
 * An account's automatic replies, all optional. The greeting answers the first message of each
 * customer-service window; the away message answers the first one outside business hours
 * (instead of the greeting). Neither answers a reaction, a button tap or an unsupported message.
 * The fallback template is what automation sends when the window is closed, holding its message
 * until the customer answers.
 */
export const automaticRepliesSchema = z.object({
  /** The language the replies are written in (the web app offers wording in it). */
  language: localeSchema,
  greeting: z.object({ enabled: z.boolean(), text: replyText.nullable() }),
  away: z.object({ enabled: z.boolean(), text: replyText.nullable() }),
  businessHours: businessHoursSchema.nullable(),
  fallbackTemplate: z
    .object({
      templateId: z.uuid(),
      /** Values of its variables, as when sending it from the inbox. */
      parameters: templateValuesSchema.default({ body: {}, buttons: {} }),
    })
    .nullable(),
});
export type AutomaticReplies = z.infer<typeof automaticRepliesSchema>;

/** `PUT /api/channel-accounts/:id/automatic-replies`: the whole setting; each reply needs its text when on. */
export const updateAutomaticRepliesSchema = automaticRepliesSchema.superRefine((settings, context) => {
  for (const key of ['greeting', 'away'] as const) {
    if (settings[key].enabled && !settings[key].text)
      context.addIssue({ code: 'custom', path: [key, 'text'], message: 'write the message to send' });
  }
  if (settings.away.enabled && !settings.businessHours)
    context.addIssue({
      code: 'custom',
      path: ['businessHours'],
      message: 'the away message needs business hours',
    });
});
export type UpdateAutomaticReplies = z.input<typeof updateAutomaticRepliesSchema>;

export const automaticRepliesResponseSchema = automaticRepliesSchema.extend({
  /** Why the chosen fallback template cannot be used now (`TEMPLATE_NOT_APPROVED`, …), or null. */
  fallbackTemplateProblem: z.string().nullable(),
  updatedAt: isoDateTime.nullable(),
  updatedBy: personRefSchema.nullable(),
});
export type AutomaticRepliesResponse = z.infer<typeof automaticRepliesResponseSchema>;

export const defaultAutomaticReplies: AutomaticReplies = {
  language: 'ja',
  greeting: { enabled: false, text: null },
  away: { enabled: false, text: null },
  businessHours: null,
  fallbackTemplate: null,
};

// One implementation for automatic replies, routing, SLA deadlines and flow conditions (workflow code).
export { isWithinBusinessHours, localTimeIn } from '@parley/workflows/flows/business-hours';
