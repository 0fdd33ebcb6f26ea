import type { Template } from '@parley/contracts';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { Feedback } from '../../ui/use-feedback';
import type { TemplateDeletion } from '../templates.api';
import { useDeleteTemplate, useSetTemplateEnabled, useUnpauseTemplate } from '../use-template-mutations';
import { editRule } from './timeline';

interface Props {
  template: Template;
  feedback: Feedback;
  onDeleted: (deletion: TemplateDeletion) => void;
}

/** The admin's actions on one template: edit (or why not), turn on or off, unpause, delete. */
export function TemplateActions({ template, feedback, onDeleted }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const { name, language } = template;
  const rule = editRule(template, t, locale);
  const toggle = useSetTemplateEnabled(template.id, (next) =>
    feedback.announce(t(next.enabled ? 'templates.nowOn' : 'templates.nowOff', { name, language })),
  );
  const unpause = useUnpauseTemplate(template.id);
  const remove = useDeleteTemplate(template.id);
  const hidden = <span className="visually-hidden"> {name}</span>;

  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section__title">
        {t('templates.detail.actionsHeading')}
      </h2>
      <div className="template-actions">
        <div className="template-actions__item">
          {rule.allowed ? (
            <Link
              className="button button--primary"
              to="/templates/$templateId/edit"
              params={{ templateId: template.id }}
            >
              {t('templates.detail.edit')}
              {hidden}
            </Link>
          ) : (
            <>
              <button type="button" className="button" disabled aria-describedby={`${id}-edit`}>
                {t('templates.detail.edit')}
                {hidden}
              </button>
              <p id={`${id}-edit`} className="field__hint">
                {rule.text}
              </p>
            </>
          )}
        </div>
        <div className="template-actions__item">
          <button
            type="button"
            className="button"
            disabled={toggle.isPending}
            aria-describedby={`${id}-enabled`}
            onClick={() => toggle.mutate(!template.enabled, { onError: feedback.fail })}
          >
            {template.enabled ? t('templates.detail.disable') : t('templates.detail.enable')}
            {hidden}
          </button>
          <p id={`${id}-enabled`} className="field__hint">
            {t('templates.detail.enabledHint')}
          </p>
        </div>
        {template.status === 'PAUSED' && (
          <div className="template-actions__item">
            <button
              type="button"
              className="button"
              disabled={unpause.isPending}
              aria-describedby={`${id}-unpause`}
              onClick={() =>
                unpause.mutate(undefined, {
                  onSuccess: () => feedback.announce(t('templates.detail.unpaused', { name })),
                  onError: feedback.fail,
                })
              }
            >
              {t('templates.detail.unpause')}
            </button>
            <p id={`${id}-unpause`} className="field__hint">
              {t('templates.detail.unpauseHint')}
            </p>
          </div>
        )}
        <div className="template-actions__item">
          <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
            {t('templates.detail.delete.button')}
            {hidden}
          </button>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('templates.detail.delete.title', { name, language })}
          confirmLabel={t('templates.detail.delete.confirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: (deletion) => {
                setConfirming(false);
                onDeleted(deletion);
              },
            })
          }
          onClose={() => {
            setConfirming(false);
            remove.reset();
          }}
        >
          <p>{t('templates.detail.delete.body')}</p>
          {template.status === 'APPROVED' && <p>{t('templates.detail.delete.bodyApproved')}</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
