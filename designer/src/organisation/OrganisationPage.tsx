import { plans } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';
import { useOrganisation } from './use-organisation';
import { OrganisationNameForm } from './OrganisationNameForm';
import { type DetailRow, DetailsList } from '../ui/DetailsList';

/** Settings → Organisation: its name, and what its plan includes. */
export function OrganisationPage() {
  const { t, i18n } = useTranslation();
  const organisation = useOrganisation();
  const plan = plans[organisation.plan];
  const yesNo = (on: boolean) => (on ? t('organisation.plan.included') : t('organisation.plan.notIncluded'));
  const facts: DetailRow[] = [
    [t('organisation.plan.name'), plan.name],
    [t('organisation.plan.whatsapp'), yesNo(plan.features.whatsapp)],
    [t('organisation.plan.telegram'), yesNo(plan.features.telegram)],
    [t('organisation.plan.users'), plan.limits.users.toLocaleString(i18n.language)],
    [t('organisation.plan.channelAccounts'), plan.limits.channelAccounts.toLocaleString(i18n.language)],
  ];
  return (
    <Page title={t('organisation.title')}>
      <section className="section" aria-labelledby="organisation-name-heading">
        <h2 id="organisation-name-heading" className="section__title">
          {t('organisation.nameHeading')}
        </h2>
        <OrganisationNameForm key={organisation.id} organisation={organisation} />
      </section>
      <section className="section" aria-labelledby="organisation-plan-heading">
        <h2 id="organisation-plan-heading" className="section__title">
          {t('organisation.plan.heading')}
        </h2>
        <DetailsList rows={facts} />
        <p className="muted">{t('organisation.plan.change')}</p>
      </section>
    </Page>
  );
}
