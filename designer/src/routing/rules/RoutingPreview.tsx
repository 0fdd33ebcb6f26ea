import type { ChannelAccount, RoutingRules, Team } from '@parley/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../forms/SelectField';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { Section } from '../../ui/Section';
import { emptyPreview, previewRouting, type PreviewValues } from './routing-preview';

interface Props {
  /** The routing as edited now, saved or not. */
  routing: RoutingRules;
  teams: readonly Team[];
  accounts: readonly ChannelAccount[];
}

/** "Which team would this message go to?": a sample conversation routed here, as it is typed. */
export function RoutingPreview({ routing, teams, accounts }: Props) {
  const { t } = useTranslation();
  const form = useForm<PreviewValues>({ defaultValues: emptyPreview });
  const outcome = previewRouting(routing, form.watch(), new Date());
  const teamId = outcome.kind === 'unassigned' ? null : outcome.teamId;
  const team = teamId === null ? null : (teams.find((each) => each.id === teamId)?.name ?? null);

  let why;
  if (outcome.kind === 'rule')
    why = t('routingPage.preview.byRule', { n: outcome.position, name: outcome.name });
  else if (outcome.kind === 'default') why = t('routingPage.preview.byDefault');

  return (
    <Section
      id="routing-preview"
      title={t('routingPage.preview.heading')}
      intro={t('routingPage.preview.intro')}
    >
      <div className="routing-preview">
        <form className="form routing-preview__sample" onSubmit={(e) => e.preventDefault()} noValidate>
          <SelectField
            label={t('routingPage.preview.channelAccount')}
            registration={form.register('channelAccountId')}
            data-testid="routing-preview-account"
          >
            <option value="">{t('routingPage.preview.noAccount')}</option>
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} ({account.channel})
              </option>
            ))}
          </SelectField>
          <TextAreaField
            label={t('routingPage.preview.text')}
            registration={form.register('text')}
            rows={3}
            data-testid="routing-preview-text"
          />
          <TextField
            label={t('routingPage.preview.payload')}
            registration={form.register('quickReplyPayload')}
            autoComplete="off"
            data-testid="routing-preview-payload"
          />
          <div className="form__row">
            <TextField
              label={t('routingPage.preview.language')}
              hint={t('routingPage.preview.languageHint')}
              registration={form.register('language')}
              autoComplete="off"
              data-testid="routing-preview-language"
            />
            <TextField
              label={t('routingPage.preview.tags')}
              hint={t('routingPage.preview.tagsHint')}
              registration={form.register('tags')}
              autoComplete="off"
              data-testid="routing-preview-tags"
            />
          </div>
          <TextField
            label={t('routingPage.preview.at')}
            hint={t('routingPage.preview.atHint')}
            registration={form.register('at')}
            type="datetime-local"
            className="field--short"
            data-testid="routing-preview-at"
          />
        </form>
        <div className="routing-preview__result" aria-live="polite">
          <p className="routing-preview__label">{t('routingPage.preview.result')}</p>
          <p
            className="routing-preview__team"
            data-testid="routing-preview-team"
            data-team-id={teamId ?? ''}
            data-rule-id={outcome.kind === 'rule' ? outcome.ruleId : ''}
          >
            {outcome.kind === 'unassigned'
              ? t('routingPage.preview.unassigned')
              : (team ?? t('routingPage.rules.unknownTeam'))}
          </p>
          {why && <p className="muted">{why}</p>}
        </div>
      </div>
    </Section>
  );
}
