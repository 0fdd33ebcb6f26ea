import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../ui/use-feedback';
import type { TemplateSection } from './template-list';
import { TemplateRow } from './TemplateRow';

/** One group's templates (or the ungrouped ones), under the group's name. */
export function TemplateTable({
  section,
  canManage,
  feedback,
}: {
  section: TemplateSection;
  canManage: boolean;
  feedback: Feedback;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const name = section.group?.name ?? t('templates.ungrouped');
  return (
    <section className="section template-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {name}
      </h2>
      <div className="table-wrap">
        <table className="table" aria-label={t('templates.groupLabel', { group: name })}>
          <thead>
            <tr>
              <th scope="col">{t('templates.column.name')}</th>
              <th scope="col">{t('templates.column.language')}</th>
              <th scope="col">{t('templates.column.category')}</th>
              <th scope="col">{t('templates.column.status')}</th>
              <th scope="col">{t('templates.column.enabled')}</th>
              <th scope="col">{t('templates.column.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {section.templates.map((template) => (
              <TemplateRow key={template.id} template={template} canManage={canManage} feedback={feedback} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
