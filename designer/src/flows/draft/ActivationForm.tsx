import { flowInvalidSchema, type ChannelAccount, type FlowSummary } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { SaveButton } from '../../forms/SaveButton';
import { AccountIdentity } from '../../integrations/AccountIdentity';
import { setFlowActivation } from '../flows.api';
import { flowSummaryChanged } from '../flows.cache';
import { ProblemsList } from './ProblemsList';

interface Props {
  flow: FlowSummary;
  /** The organisation's channel accounts; null while they load or when they can't be read. */
  accounts: readonly ChannelAccount[] | null;
}

/**
 * Which channel accounts the published flow listens on. New conversations there start its current
 * version; nothing can be ticked before a version is published.
 */
export function ActivationForm({ flow, accounts }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const hintId = useId();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(flow.channelAccountIds));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => setFlowActivation(flow.id, [...chosen]),
    onSuccess: async (summary) => {
      setSaved(true);
      await flowSummaryChanged(queryClient, summary);
    },
  });
  const published = flow.publishedVersion !== null;
  const invalid = flowInvalidSchema.safeParse(save.error?.body);
  const shown = (accounts ?? []).filter((a) => a.connected || flow.channelAccountIds.includes(a.id));

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setSaved(false);
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <form className="form flow-activation" onSubmit={onSubmit} noValidate data-testid="flow-activation">
      <fieldset className="fieldset" disabled={!published} aria-describedby={hintId}>
        <legend className="field__label">{t('flowDraft.activation.legend')}</legend>
        <p id={hintId} className="field__hint">
          {flow.publishedVersion !== null
            ? t('flowDraft.activation.hint', { version: flow.publishedVersion })
            : t('flowDraft.activation.unpublished')}
        </p>
        {accounts === null && <p className="muted">{t('common.loading')}</p>}
        {accounts !== null && shown.length === 0 && <p className="muted">{t('flowDraft.activation.none')}</p>}
        <ul className="check-list">
          {shown.map((account) => {
            const id = `${hintId}-${account.id}`;
            return (
              <li key={account.id} className="check-list__item">
                <input
                  id={id}
                  type="checkbox"
                  checked={chosen.has(account.id)}
                  onChange={(e) => toggle(account.id, e.target.checked)}
                  data-testid="flow-activation-account"
                />
                <label htmlFor={id} className="check-list__label">
                  {account.name}{' '}
                  <span className="check-list__code">
                    <AccountIdentity account={account} />
                  </span>
                </label>
                {(!account.connected || !account.enabled) && (
                  <p className="check-list__description">
                    {account.connected
                      ? t('flowDraft.activation.accountOff')
                      : t('flowDraft.activation.accountDisconnected')}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {invalid.success ? (
        <div role="alert" className="alert alert--error" data-testid="flow-activation-refused">
          <p>{t('flowDraft.activation.refused', { count: invalid.data.problems.length })}</p>
          <ProblemsList problems={invalid.data.problems} value={null} />
        </div>
      ) : (
        <FormAlert error={save.error} />
      )}
      {published && (
        <div className="form__row">
          <SaveButton
            busy={save.isPending}
            label={t('flowDraft.activation.save')}
            busyLabel={t('common.saving')}
            saved={saved}
            savedText={t('flowDraft.activation.saved')}
            testId="flow-activation-save"
          />
        </div>
      )}
    </form>
  );
}
