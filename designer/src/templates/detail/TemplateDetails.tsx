import type { Template } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { type DetailRow, DetailsList } from '../../ui/DetailsList';
import { EnabledState } from '../EnabledState';
import { languageLabel } from '../template-language';
import { TemplateStatusBadge } from '../TemplateStatusBadge';
import { reasonText } from './timeline';

/** What Parley knows of a template: language, category (and WhatsApp's changes), status, origin. */
export function TemplateDetails({ template }: { template: Template }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const category = template.content?.category ?? null;
  const categoryName = category ? t(`templates.category.${category}`) : null;
  const reason = reasonText(template.statusReason, template.status, t);
  const createdAt = formatDateTime(template.createdAt, locale);
  const rows: DetailRow[] = [
    [t('templates.detail.name'), <code>{template.name}</code>],
    [t('templates.detail.language'), languageLabel(template.language, locale, t)],
    [
      t('templates.detail.category'),
      categoryName && template.previousCategory
        ? t('templates.detail.categoryChanged', {
            category: categoryName,
            previous: t(`templates.category.${template.previousCategory}`),
          })
        : categoryName,
    ],
    [
      t('templates.detail.status'),
      <span className="cell-stack">
        <TemplateStatusBadge status={template.status} />
        {reason && <span className="template-reason">{reason}</span>}
      </span>,
    ],
    [t('templates.detail.enabled'), <EnabledState enabled={template.enabled} />],
    [t('templates.detail.group'), template.group?.name ?? t('templates.form.noGroup')],
    [t('templates.detail.origin'), t(`templates.origin.${template.origin}`)],
    [t('templates.detail.whatsappId'), template.platformTemplateId],
    [
      t('templates.detail.syncedAt'),
      template.syncedAt ? formatDateTime(template.syncedAt, locale) : t('common.notYet'),
    ],
    [
      t('templates.detail.created'),
      template.createdBy ? t('common.byOn', { name: template.createdBy.name, date: createdAt }) : createdAt,
    ],
  ];
  return <DetailsList rows={rows} />;
}
