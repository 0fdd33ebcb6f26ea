import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../errors/describe-error';
import { StatePanel } from '../../ui/StatePanel';
import type { Feedback } from '../../ui/use-feedback';
import { templateGroupsQuery } from '../templates.api';
import { DeleteGroupButton } from './DeleteGroupButton';
import { RenameGroupButton } from './RenameGroupButton';

/** The admin's template groups: how many templates each holds, rename and delete. */
export function TemplateGroupsSection({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const groups = useQuery(templateGroupsQuery);

  let content;
  if (groups.isPending) content = <StatePanel tone="loading" title={t('common.loading')} />;
  else if (groups.isError) {
    content = (
      <StatePanel
        tone="error"
        title={t('templates.groups.loadFailed')}
        body={errorText(groups.error, t)}
        onRetry={() => void groups.refetch()}
      />
    );
  } else if (groups.data.length === 0) content = <p className="muted">{t('templates.groups.empty')}</p>;
  else {
    content = (
      <div className="table-wrap">
        <table className="table" aria-labelledby="template-groups-heading">
          <thead>
            <tr>
              <th scope="col">{t('templates.groups.name')}</th>
              <th scope="col">{t('templates.groups.count')}</th>
              <th scope="col">{t('templates.groups.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.data.map((group) => (
              <tr key={group.id}>
                <th scope="row">{group.name}</th>
                <td>{group.templateCount}</td>
                <td>
                  <span className="table__actions">
                    <RenameGroupButton group={group} feedback={feedback} />
                    <DeleteGroupButton group={group} feedback={feedback} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="section" aria-labelledby="template-groups-heading">
      <h2 id="template-groups-heading" className="section__title">
        {t('templates.groups.heading')}
      </h2>
      <p className="section__intro">{t('templates.groups.intro')}</p>
      {content}
    </section>
  );
}
