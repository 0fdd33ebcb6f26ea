import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../errors/describe-error';
import { addPageWords } from '../i18n/i18n';
import { flowSettingsWords } from '../i18n/locales/flow-settings-page';
import '../styles/flows.css';
import { FeedbackRegions } from '../ui/FeedbackRegions';
import { Page } from '../ui/Page';
import { Section } from '../ui/Section';
import { StatePanel } from '../ui/StatePanel';
import { useFeedback } from '../ui/use-feedback';
import { AllowedHostsForm } from './AllowedHostsForm';
import { flowSettingsQuery } from './flow-settings.api';
import { SecretsTable } from './SecretsTable';
import { SecretUsage } from './SecretUsage';
import { SetSecretForm } from './SetSecretForm';

addPageWords(flowSettingsWords);

/** Settings → Flow settings (in its own chunk): the hosts HTTP request nodes may call, and their secrets. */
export function FlowSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(flowSettingsQuery);
  const feedback = useFeedback();
  const [replacing, setReplacing] = useState<{ name: string } | null>(null);

  let content;
  if (settings.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (settings.isError)
    content = (
      <StatePanel
        tone="error"
        title={t('flowSettings.loadFailed')}
        body={errorText(settings.error, t)}
        onRetry={() => void settings.refetch()}
      />
    );
  else
    content = (
      <>
        <Section
          id="flow-hosts-heading"
          title={t('flowSettings.hosts.title')}
          intro={t('flowSettings.hosts.intro')}
        >
          {/* Not keyed by the hosts: the form resets itself to what it saved, and keeps saying so. */}
          <AllowedHostsForm allowedHosts={settings.data.allowedHosts} />
        </Section>
        <Section
          id="flow-secrets-heading"
          title={t('flowSettings.secrets.title')}
          intro={t('flowSettings.secrets.intro')}
        >
          <SecretUsage />
          <FeedbackRegions feedback={feedback} />
          <SecretsTable
            secrets={settings.data.secrets}
            onReplace={(name) => setReplacing({ name })}
            feedback={feedback}
          />
          <h3 className="flow-secret-form__title">{t('flowSettings.secrets.setTitle')}</h3>
          <SetSecretForm replacing={replacing} feedback={feedback} />
        </Section>
      </>
    );

  return (
    <Page title={t('flowSettings.title')} intro={<p>{t('flowSettings.intro')}</p>}>
      {content}
    </Page>
  );
}
