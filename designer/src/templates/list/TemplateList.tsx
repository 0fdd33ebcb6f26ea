import { templateCategories, templateStatuses } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { useLocale } from '../../i18n/use-locale';
import { StatePanel } from '../../ui/StatePanel';
import type { Feedback } from '../../ui/use-feedback';
import { languageLabel } from '../template-language';
import { templatesQuery } from '../templates.api';
import { filterTemplates, groupTemplates, hasFilters, languagesOf } from './template-list';
import { TemplateTable } from './TemplateTable';

const route = getRouteApi('/app/templates');

interface Props {
  accountId: string;
  canManage: boolean;
  feedback: Feedback;
}

/** The filters (kept in the address) and the account's templates, one table per group. */
export function TemplateList({ accountId, canManage, feedback }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const list = useQuery(templatesQuery(accountId));
  const ids = { status: useId(), category: useId(), language: useId() };
  const filters = { status: search.status, category: search.category, language: search.language };

  const setFilter = (patch: Partial<typeof filters>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  let content;
  if (list.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (list.isError && !list.data) {
    content = (
      <StatePanel
        tone="error"
        title={t('templates.loadFailed')}
        body={errorText(list.error, t)}
        onRetry={() => void list.refetch()}
      />
    );
  } else if (list.data.length === 0) {
    content = (
      <StatePanel title={t('templates.empty')} body={canManage ? t('templates.emptyAdmin') : undefined} />
    );
  } else {
    const sections = groupTemplates(filterTemplates(list.data, filters), locale);
    content =
      sections.length === 0 ? (
        <p className="muted">{t('templates.emptyFiltered')}</p>
      ) : (
        sections.map((section) => (
          <TemplateTable
            key={section.group?.id ?? 'ungrouped'}
            section={section}
            canManage={canManage}
            feedback={feedback}
          />
        ))
      );
  }

  const languages = languagesOf(list.data ?? []);
  if (filters.language && !languages.includes(filters.language)) languages.push(filters.language);
  languages.sort((a, b) => languageLabel(a, locale, t).localeCompare(languageLabel(b, locale, t), locale));

  return (
    <>
      <fieldset className="filters">
        <legend className="visually-hidden">{t('templates.filters.label')}</legend>
        <div className="filters__field">
          <label htmlFor={ids.status} className="field__label">
            {t('templates.filters.status')}
          </label>
          <select
            id={ids.status}
            className="field__input field__input--compact"
            value={filters.status ?? ''}
            onChange={(e) => setFilter({ status: templateStatuses.find((s) => s === e.target.value) })}
          >
            <option value="">{t('templates.filters.all')}</option>
            {templateStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`templates.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={ids.category} className="field__label">
            {t('templates.filters.category')}
          </label>
          <select
            id={ids.category}
            className="field__input field__input--compact"
            value={filters.category ?? ''}
            onChange={(e) => setFilter({ category: templateCategories.find((c) => c === e.target.value) })}
          >
            <option value="">{t('templates.filters.all')}</option>
            {templateCategories.map((category) => (
              <option key={category} value={category}>
                {t(`templates.category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={ids.language} className="field__label">
            {t('templates.filters.language')}
          </label>
          <select
            id={ids.language}
            className="field__input field__input--compact"
            value={filters.language ?? ''}
            onChange={(e) => setFilter({ language: e.target.value || undefined })}
          >
            <option value="">{t('templates.filters.all')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageLabel(code, locale, t)}
              </option>
            ))}
          </select>
        </div>
        {hasFilters(filters) && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setFilter({ status: undefined, category: undefined, language: undefined })}
          >
            {t('templates.filters.clear')}
          </button>
        )}
      </fieldset>
      {content}
    </>
  );
}
