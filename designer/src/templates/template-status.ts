import type { TemplateStatus } from '@parley/contracts';
import type { BadgeTone } from '../ui/Badge';

/** How a status looks: its colour and a symbol, so it is never told by colour alone. */
export interface StatusLook {
  tone: BadgeTone;
  symbol: string;
}

export const statusLooks: Record<TemplateStatus, StatusLook> = {
  SUBMITTING: { tone: 'info', symbol: '…' },
  PENDING: { tone: 'info', symbol: '◷' },
  APPROVED: { tone: 'success', symbol: '✓' },
  REJECTED: { tone: 'danger', symbol: '✕' },
  PAUSED: { tone: 'warning', symbol: 'Ⅱ' },
  DISABLED: { tone: 'danger', symbol: '⊘' },
  FLAGGED: { tone: 'warning', symbol: '!' },
  IN_APPEAL: { tone: 'info', symbol: '↻' },
  REINSTATED: { tone: 'success', symbol: '✓' },
  PENDING_DELETION: { tone: 'neutral', symbol: '…' },
  DELETED: { tone: 'neutral', symbol: '–' },
  ARCHIVED: { tone: 'neutral', symbol: '▢' },
  LIMIT_EXCEEDED: { tone: 'warning', symbol: '!' },
};
