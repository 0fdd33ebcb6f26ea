/** For `setValueAs` on an optional text field: a blank answer is sent as no answer at all. */
export const blankAsAbsent = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
