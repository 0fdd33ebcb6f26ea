import type { TemplateContent, TemplateDetail } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { Page } from '../../ui/Page';
import { StatePanel } from '../../ui/StatePanel';
import { templateGroupsQuery, templateQuery } from '../templates.api';
import { TemplateEditor } from './TemplateEditor';
import { templateValues } from './template-form-values';

const route = getRouteApi('/app/templates/$templateId/edit');

const showable = (t: TemplateDetail): t is TemplateDetail & { content: TemplateContent } =>
  t.content !== null;

/** Templates → one template → Edit: the editor with the edit rule in place (disabled when it forbids). */
export function EditTemplatePage() {
  const { t } = useTranslation();
  const { templateId } = route.useParams();
  const navigate = useNavigate();
  const query = useQuery(templateQuery(templateId));
  const groups = useQuery(templateGroupsQuery);
  const back = (
    <Link to="/templates/$templateId" params={{ templateId }}>
      ← {query.data ? t('templates.form.backTo', { name: query.data.name }) : t('templates.detail.back')}
    </Link>
  );

  if (!query.data || !groups.data) {
    const notFound = query.error?.status === 404 || query.error?.status === 400;
    const failed = query.error ?? groups.error;
    return (
      <Page title={t('templates.title')} back={back}>
        {failed ? (
          <StatePanel
            tone="error"
            title={notFound ? t('templates.detail.notFound') : t('templates.detail.loadFailed')}
            body={!notFound ? errorText(failed, t) : undefined}
            onRetry={notFound ? undefined : () => void Promise.all([query.refetch(), groups.refetch()])}
          />
        ) : (
          <StatePanel tone="loading" title={t('common.loading')} />
        )}
      </Page>
    );
  }

  const template = query.data;
  const title = t('templates.form.editTitle', { name: template.name });
  if (!showable(template))
    return (
      <Page title={title} back={back}>
        <div className="notice notice--warning" role="note">
          <p>{t('templates.form.notEditable')}</p>
        </div>
      </Page>
    );

  return (
    <Page title={title} back={back}>
      <TemplateEditor
        mode="edit"
        defaultValues={templateValues(template, t('templates.form.defaultCopyButton'))}
        initialFile={template.headerFile}
        accounts={[]}
        groups={groups.data}
        template={template}
        onSaved={(saved) => void navigate({ to: '/templates/$templateId', params: { templateId: saved.id } })}
        cancel={
          <Link className="button" to="/templates/$templateId" params={{ templateId }}>
            {t('common.cancel')}
          </Link>
        }
      />
    </Page>
  );
}
