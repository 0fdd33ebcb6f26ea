import type { LedgerEntry } from '@parley/contracts';

const columns = [
  'created_at',
  'kind',
  'amount',
  'balance_after',
  'category',
  'market',
  'conversation_id',
  'message_id',
  'purchase_id',
  'note',
  'actor',
] as const;

/** One CSV field (RFC 4180), with spreadsheet formulas defused. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const ledgerCsvHeader = `${columns.join(',')}\r\n`;

export function ledgerCsvRow(entry: LedgerEntry): string {
  return `${[
    entry.createdAt,
    entry.kind,
    entry.amount,
    entry.balanceAfter,
    entry.category,
    entry.market,
    entry.message?.conversationId ?? null,
    entry.message?.id ?? null,
    entry.purchaseId,
    entry.note,
    entry.actor?.name ?? null,
  ]
    .map(field)
    .join(',')}\r\n`;
}
