import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { RoutingRule } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { Switch } from '../../ui/Switch';
import { conditionSummary } from './condition-summary';

interface Props {
  rule: RoutingRule;
  index: number;
  count: number;
  teamName: (id: string) => string | null;
  accountName: (id: string) => string;
  /** What the API said against this rule on the last save. */
  refused: readonly string[];
  onMove: (id: string, to: number) => void;
  onToggle: (id: string, enabled: boolean) => void;
  onEdit: (rule: RoutingRule) => void;
  onRemove: (rule: RoutingRule) => void;
}

/** A button that stays focusable when it can't act, so focus is not lost at the ends of the list. */
function ArrowButton(props: { label: string; glyph: string; unavailable: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className="button button--small rule-row__arrow"
      aria-disabled={props.unavailable || undefined}
      onClick={() => {
        if (!props.unavailable) props.onClick();
      }}
    >
      <span aria-hidden="true">{props.glyph}</span>
      <span className="visually-hidden">{props.label}</span>
    </button>
  );
}

/** One rule in the list: dragged by its handle (pointer or keyboard) or moved with its arrows. */
export function RuleRow({ rule, index, count, teamName, accountName, refused, ...on }: Props) {
  const { t } = useTranslation();
  const sortable = useSortable({ id: rule.id });
  const team = teamName(rule.teamId);
  const { name } = rule;
  const className = ['rule-row', sortable.isDragging && 'is-dragging', !rule.enabled && 'is-off']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={sortable.setNodeRef}
      style={{ transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition }}
      className={className}
      data-testid="routing-rule-row"
      data-rule-id={rule.id}
    >
      <button
        type="button"
        className="icon-button rule-row__handle"
        ref={sortable.setActivatorNodeRef}
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={t('routingPage.rules.drag', { name })}
        data-testid="routing-rule-handle"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="rule-row__position">{t('routingPage.rules.position', { n: index + 1 })}</span>
      <div className="rule-row__main">
        <p className="rule-row__name">
          {name} {!rule.enabled && <Badge>{t('routingPage.rules.off')}</Badge>}
        </p>
        <p className={team === null ? 'rule-row__team field__error' : 'rule-row__team'}>
          {t('routingPage.rules.to', { team: team ?? t('routingPage.rules.unknownTeam') })}
        </p>
        <ul className="rule-row__conditions">
          {rule.conditions.map((condition, i) => (
            <li key={i}>{conditionSummary(condition, t, accountName)}</li>
          ))}
        </ul>
        {refused.map((detail) => (
          <p key={detail} className="field__error">
            {t('routingPage.rules.refused', { detail })}
          </p>
        ))}
      </div>
      <div className="rule-row__actions">
        <Switch
          label={t('routingPage.rules.use', { name })}
          checked={rule.enabled}
          onChange={(enabled) => on.onToggle(rule.id, enabled)}
        />
        <ArrowButton
          label={t('routingPage.rules.moveUp', { name })}
          glyph="↑"
          unavailable={index === 0}
          onClick={() => on.onMove(rule.id, index - 1)}
        />
        <ArrowButton
          label={t('routingPage.rules.moveDown', { name })}
          glyph="↓"
          unavailable={index === count - 1}
          onClick={() => on.onMove(rule.id, index + 1)}
        />
        <button type="button" className="button button--small" onClick={() => on.onEdit(rule)}>
          {t('routingPage.rules.edit')}
          <span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button--small button--danger-outline"
          onClick={() => on.onRemove(rule)}
        >
          {t('routingPage.rules.remove')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </li>
  );
}
