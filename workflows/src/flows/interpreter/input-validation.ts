// Pure and zod-free (workflow code): whether a collect-input answer fits, and its stored form.
import { normaliseForMatching } from '../normalise-for-matching.js';
import type { InputType } from '../schema/nodes/collect-input.node.js';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * The answer as kept in the variable, or null when it does not fit. Answers are NFKC-normalised
 * first, so full-width digits (０９０…) and ＠ count. Phones: 7–15 digits, an optional leading
 * +, spaces, dots, dashes and brackets allowed (kept as typed, digits only, + kept). Dates:
 * YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日, kept as YYYY-MM-DD; the day must exist.
 */
export function parseInput(type: InputType, raw: string, choices: readonly string[] = []): string | null {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return null;
  switch (type) {
    case 'text':
      return text;
    case 'number': {
      const plain = text.replace(/,/g, '');
      return /^-?\d+(\.\d+)?$/.test(plain) ? String(Number(plain)) : null;
    }
    case 'email':
      return email.test(text) ? text.toLowerCase() : null;
    case 'phone': {
      if (!/^\+?[\d\s().-]+$/.test(text)) return null;
      const digits = text.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) return null;
      return text.startsWith('+') ? `+${digits}` : digits;
    }
    case 'date':
      return parseDate(text);
    case 'choice': {
      const typed = normaliseForMatching(text, false);
      return choices.find((choice) => normaliseForMatching(choice, false) === typed) ?? null;
    }
  }
}

function parseDate(text: string): string | null {
  const match = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
