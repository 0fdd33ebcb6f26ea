import type { Template } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { Feedback } from '../../ui/use-feedback';
import { EnabledState } from '../EnabledState';
import { languageName } from '../template-language';
import { TemplateStatusBadge } from '../TemplateStatusBadge';
import { TemplateSwitch } from '../TemplateSwitch';

/** One template: name, language, category, status, Parley's switch (admins) and last update. */
export function TemplateRow({
  template,
  canManage,
  feedback,
}: {
  template: Template;
  canManage: boolean;
  feedback: Feedback;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const category = template.content?.category;
  return (
    <tr>
      <th scope="row" className="table__code">
        <Link to="/templates/$templateId" params={{ templateId: template.id }}>
          {template.name}
        </Link>
      </th>
      <td>
        {languageName(template.language, locale)} <span className="muted">({template.language})</span>
      </td>
      <td>{category ? t(`templates.category.${category}`) : t('common.dash')}</td>
      <td>
        <TemplateStatusBadge status={template.status} />
      </td>
      <td>
        {canManage ? (
          <TemplateSwitch template={template} feedback={feedback} />
        ) : (
          <EnabledState enabled={template.enabled} />
        )}
      </td>
      <td>{formatDateTime(template.updatedAt, locale)}</td>
    </tr>
  );
}
