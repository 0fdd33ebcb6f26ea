import type { TemplateGroup } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Feedback } from '../../ui/use-feedback';
import { useDeleteTemplateGroup } from '../use-template-mutations';

/** Deletes a group after confirming; its templates stay, without a group. */
export function DeleteGroupButton({ group, feedback }: { group: TemplateGroup; feedback: Feedback }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const name = group.name;
  const remove = useDeleteTemplateGroup(group.id, () => {
    setConfirming(false);
    feedback.announce(t('templates.groups.delete.done', { name }));
  });
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger-outline"
        onClick={() => setConfirming(true)}
      >
        {t('templates.groups.delete.button')}
        <span className="visually-hidden"> {name}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('templates.groups.delete.title', { name })}
          confirmLabel={t('templates.groups.delete.confirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onClose={() => {
            setConfirming(false);
            remove.reset();
          }}
        >
          <p>{t('templates.groups.delete.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
