import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useCan } from '../../shell/use-session';
import { FeedbackRegions } from '../../ui/FeedbackRegions';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { useFeedback } from '../../ui/use-feedback';
import { previewOf } from '../preview/template-bubble';
import { TemplatePreview } from '../preview/TemplatePreview';
import { templateQuery, type TemplateDeletion } from '../templates.api';
import { StatusTimeline } from './StatusTimeline';
import { TemplateActions } from './TemplateActions';
import { TemplateDetails } from './TemplateDetails';

const route = getRouteApi('/app/templates/$templateId');

/** One template: its content as the customer sees it, the details, the admin's actions, the history. */
export function TemplatePage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { templateId } = route.useParams();
  const canManage = useCan('templates:manage');
  const query = useQuery(templateQuery(templateId));
  const feedback = useFeedback();
  const [deleted, setDeleted] = useState<{
    name: string;
    language: string;
    deletion: TemplateDeletion;
  } | null>(null);
  const back = <Link to="/templates">← {t('templates.detail.back')}</Link>;

  if (deleted) {
    const { name, language, deletion } = deleted;
    return (
      <Page title={name} back={back}>
        <div className="alert alert--success" role="status">
          <p>{t('templates.detail.delete.done', { name, language })}</p>
          <p>
            {deletion.nameHeldUntil
              ? t('templates.detail.delete.nameHeldUntil', {
                  date: formatDateTime(deletion.nameHeldUntil, locale),
                })
              : t('templates.detail.delete.nameFree')}
          </p>
        </div>
      </Page>
    );
  }

  if (!query.data) {
    const notFound = query.error?.status === 404 || query.error?.status === 400;
    return (
      <Page title={t('templates.title')} back={back}>
        {query.isPending ? (
          <StatePanel tone="loading" title={t('common.loading')} />
        ) : (
          <StatePanel
            tone="error"
            title={notFound ? t('templates.detail.notFound') : t('templates.detail.loadFailed')}
            body={!notFound && query.error ? errorText(query.error, t) : undefined}
            onRetry={notFound ? undefined : () => void query.refetch()}
          />
        )}
      </Page>
    );
  }

  const template = query.data;
  const preview = template.content
    ? previewOf(template.content, template.language, template.headerFile)
    : null;
  return (
    <Page title={template.name} back={back}>
      <FeedbackRegions feedback={feedback} />
      {template.upcomingCategory && (
        <div className="notice notice--warning" role="note">
          <p>
            {t('templates.detail.upcomingCategory', {
              category: t(`templates.category.${template.upcomingCategory}`),
            })}
          </p>
        </div>
      )}
      <div className="template-detail">
        <div className="template-detail__main">
          <section className="section" aria-labelledby="template-details-heading">
            <h2 id="template-details-heading" className="section__title">
              {t('templates.detail.detailsHeading')}
            </h2>
            <TemplateDetails template={template} />
          </section>
          {canManage && (
            <TemplateActions
              template={template}
              feedback={feedback}
              onDeleted={(deletion) =>
                setDeleted({ name: template.name, language: template.language, deletion })
              }
            />
          )}
          <StatusTimeline events={template.timeline} />
        </div>
        <div className="template-detail__preview">
          <TemplatePreview view={preview} hint={false} />
        </div>
      </div>
    </Page>
  );
}
