import {
  routingLimits,
  type ChannelAccount,
  type RoutingRule,
  type RoutingRules,
  type Team,
} from '@parley/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { SaveButton } from '../../forms/SaveButton';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Section } from '../../ui/Section';
import { useFeedback } from '../../ui/use-feedback';
import { DefaultTeamField } from './DefaultTeamField';
import { RoutingPreview } from './RoutingPreview';
import { RuleDialog } from './RuleDialog';
import { RuleList } from './RuleList';
import { useRoutingDraft } from './use-routing-draft';

interface Props {
  saved: RoutingRules;
  teams: readonly Team[];
  accounts: readonly ChannelAccount[];
}

/** The rules in order, the default team, saving them together, and trying them on a sample. */
export function RoutingEditor({ saved, teams, accounts }: Props) {
  const { t } = useTranslation();
  const { draft, dispatch, dirty, submit, saving, saved: isSaved, refusal } = useRoutingDraft(saved);
  const feedback = useFeedback();
  const [editing, setEditing] = useState<RoutingRule | 'new' | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { rules } = draft;
  const full = rules.length >= routingLimits.rules;
  const teamName = (id: string) => teams.find((team) => team.id === id)?.name ?? null;
  const accountName = (id: string) =>
    accounts.find((account) => account.id === id)?.name ??
    t('routingPage.condition.unknownAccount', { id: id.slice(0, 8) });

  return (
    <>
      {teams.length === 0 && <p className="notice notice--info">{t('routingPage.noTeams')}</p>}
      <Section id="routing-rules" title={t('routingPage.rules.heading')} intro={t('routingPage.rules.intro')}>
        <FeedbackRegions feedback={feedback} />
        <div className="toolbar">
          <button
            ref={addButton}
            type="button"
            className="button"
            disabled={full}
            onClick={() => setEditing('new')}
            data-testid="routing-rule-add"
          >
            {t('routingPage.rules.add')}
          </button>
          {full && (
            <span className="muted">{t('routingPage.rules.limit', { max: routingLimits.rules })}</span>
          )}
        </div>
        {rules.length === 0 ? (
          <p className="muted">{t('routingPage.rules.empty')}</p>
        ) : (
          <RuleList
            rules={rules}
            teamName={teamName}
            accountName={accountName}
            refused={refusal?.byRule ?? new Map()}
            onMove={(id, to, how) => {
              dispatch({ type: 'move', id, to });
              const rule = rules.find((each) => each.id === id);
              const n = Math.max(0, Math.min(rules.length - 1, to)) + 1;
              if (how === 'arrows' && rule)
                feedback.announce(t('routingPage.rules.moved', { name: rule.name, n, count: rules.length }));
            }}
            onToggle={(id, enabled) => dispatch({ type: 'enable', id, enabled })}
            onEdit={setEditing}
            onRemove={(rule) => {
              dispatch({ type: 'remove', id: rule.id });
              feedback.announce(t('routingPage.rules.removed', { name: rule.name }));
              addButton.current?.focus();
            }}
          />
        )}
      </Section>
      <form
        className="form routing-save"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <Section id="routing-default-team" title={t('routingPage.defaultTeam.heading')}>
          <DefaultTeamField
            value={draft.defaultTeamId}
            teams={teams}
            refused={refusal?.defaultTeam ?? []}
            onChange={(teamId) => dispatch({ type: 'defaultTeam', teamId })}
          />
        </Section>
        <FormAlert error={refusal?.error ?? null} />
        <p className="muted">{t('routingPage.saveHint')}</p>
        <div className="form__actions">
          <SaveButton
            busy={saving}
            label={t('routingPage.save')}
            busyLabel={t('common.saving')}
            saved={isSaved}
            savedText={t('routingPage.saved')}
            testId="routing-save"
          />
          {dirty && (
            <p className="routing-save__unsaved" data-testid="routing-unsaved">
              {t('routingPage.unsaved')}
            </p>
          )}
        </div>
      </form>
      <RoutingPreview routing={draft} teams={teams} accounts={accounts} />
      {editing && (
        <RuleDialog
          rule={editing === 'new' ? null : editing}
          teams={teams}
          accounts={accounts}
          onClose={() => setEditing(null)}
          onApply={(rule) => {
            dispatch({ type: 'put', rule });
            setEditing(null);
            feedback.announce(t('routingPage.rules.applied', { name: rule.name }));
          }}
        />
      )}
    </>
  );
}
