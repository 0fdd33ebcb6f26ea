// Pure and zod-free: limits the schema and the interpreter (workflow code) share.

/** How long a wait, a reply or a delay may last, in minutes (30 days). */
export const maxWaitMinutes = 30 * 24 * 60;
