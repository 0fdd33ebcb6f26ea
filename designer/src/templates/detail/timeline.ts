import type { Template, TemplateEvent, TemplateStatus } from '@parley/contracts';
import { formatDateTime } from '../../i18n/format';
import { templates } from '../../i18n/locales/en/templates';
import type { Translate } from '../../i18n/translate';
import type { BadgeTone } from '../../ui/Badge';
import { statusLooks } from '../template-status';

type KnownReason = keyof typeof templates.reasons;
const isKnownReason = (reason: string): reason is KnownReason => Object.hasOwn(templates.reasons, reason);

/**
 * WhatsApp's reason for a status, for people: a rejection reason explained, pause information, or
 * the code itself when this version does not know it. "NONE" is said only of a rejection.
 */
export function reasonText(
  reason: string | null,
  status: TemplateStatus | null,
  t: Translate,
): string | null {
  if (!reason) return null;
  if (reason === 'NONE') return status === 'REJECTED' ? t('templates.reasons.NONE') : null;
  return isKnownReason(reason)
    ? t(`templates.reasons.${reason}`)
    : t('templates.timeline.reasonCode', { reason });
}

export interface TimelineEntry {
  id: string;
  tone: BadgeTone;
  /** Shown beside the colour, so the kind of event is not told by colour alone. */
  symbol: string;
  title: string;
  status: TemplateStatus | null;
  reason: string | null;
  detail: string | null;
  source: string;
  occurredAt: string;
  when: string;
}

const kindLooks: Record<Exclude<TemplateEvent['kind'], 'status'>, { tone: BadgeTone; symbol: string }> = {
  submitted: { tone: 'info', symbol: '↑' },
  edited: { tone: 'info', symbol: '✎' },
  category_announced: { tone: 'warning', symbol: '⇄' },
  category_changed: { tone: 'warning', symbol: '⇄' },
  enabled: { tone: 'success', symbol: '●' },
  disabled: { tone: 'neutral', symbol: '○' },
  unpause_requested: { tone: 'info', symbol: '▶' },
  imported: { tone: 'neutral', symbol: '↓' },
  submission_failed: { tone: 'danger', symbol: '✕' },
};

function titleOf(event: TemplateEvent, t: Translate): string {
  const category = (c: TemplateEvent['category']) => (c ? t(`templates.category.${c}`) : t('common.dash'));
  switch (event.kind) {
    case 'status':
      return t('templates.timeline.kind.status', {
        status: event.status ? t(`templates.status.${event.status}`) : t('common.dash'),
      });
    case 'category_announced':
      return t('templates.timeline.kind.category_announced', { category: category(event.category) });
    case 'category_changed':
      return t('templates.timeline.kind.category_changed', {
        category: category(event.category),
        previous: category(event.previousCategory),
      });
    default:
      return t(`templates.timeline.kind.${event.kind}`);
  }
}

function sourceOf(event: TemplateEvent, t: Translate): string {
  if (event.source !== 'person') return t(`templates.timeline.source.${event.source}`);
  return event.actor
    ? t('templates.timeline.source.person', { name: event.actor.name })
    : t('templates.timeline.source.personUnknown');
}

/** One event of a template's history, worded for people. */
export function timelineEntry(event: TemplateEvent, t: Translate, locale: string): TimelineEntry {
  const look =
    event.kind === 'status' && event.status
      ? statusLooks[event.status]
      : event.kind === 'status'
        ? { tone: 'neutral' as const, symbol: '•' }
        : kindLooks[event.kind];
  return {
    id: event.id,
    tone: look.tone,
    symbol: look.symbol,
    title: titleOf(event, t),
    status: event.status,
    reason: reasonText(event.reason, event.status, t),
    detail: event.detail ? t('templates.timeline.detail', { detail: event.detail }) : null,
    source: sourceOf(event, t),
    occurredAt: event.occurredAt,
    when: formatDateTime(event.occurredAt, locale),
  };
}

/** The history, newest first. */
export function timelineEntries(
  events: readonly TemplateEvent[],
  t: Translate,
  locale: string,
): TimelineEntry[] {
  return [...events]
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
    .map((event) => timelineEntry(event, t, locale));
}

/** Whether the template may be edited now, and the rule or the reason why not, in words. */
export function editRule(
  template: Pick<Template, 'status' | 'edit'>,
  t: Translate,
  locale: string,
): { allowed: boolean; text: string } {
  const edit = template.edit;
  if (edit.allowed)
    return {
      allowed: true,
      text: template.status === 'APPROVED' ? t('templates.edit.ruleApproved') : t('templates.edit.ruleOther'),
    };
  const why = t(`templates.edit.notAllowed.${edit.reason}`, {
    status: t(`templates.status.${template.status}`),
  });
  const from = edit.allowedFrom
    ? t('templates.edit.allowedFrom', { date: formatDateTime(edit.allowedFrom, locale) })
    : null;
  return { allowed: false, text: from ? `${why} ${from}` : why };
}
