import type { ContactProfile } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import { addTag, removeTag, type TagProblem } from './contact-fields';
import { useUpdateContact } from './use-contact-profile';

/**
 * The contact's tags as chips, each removable, and a box to add one. Every change sends the whole
 * list (it replaces the old one); the engine normalises it and the chips show its answer.
 */
export function TagsField({ profile, editable }: { profile: ContactProfile; editable: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateContact(profile.id);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<{ problem: TagProblem; limit?: number } | null>(null);

  const problemText = (p: { problem: TagProblem; limit?: number }) =>
    t(`threadWork.contact.tag.${p.problem}`, { count: p.limit ?? 0 });

  return (
    <div className="contact-panel__field">
      <p className="contact-panel__label" id={`${id}-label`}>
        {t('threadWork.contact.tags')}
      </p>
      {profile.tags.length === 0 ? (
        <p className="contact-panel__empty">{t('threadWork.contact.noTags')}</p>
      ) : (
        <ul className="tag-chips" aria-labelledby={`${id}-label`} data-testid="contact-tags">
          {profile.tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              {editable && (
                <button
                  type="button"
                  className="icon-button tag-chip__remove"
                  disabled={update.isPending}
                  onClick={() => {
                    setProblem(null);
                    update.mutate({ tags: removeTag(profile.tags, tag) });
                  }}
                  data-testid="contact-tag-remove"
                >
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">{t('threadWork.contact.removeTag', { tag })}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="contact-panel__inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (update.isPending) return;
            const next = addTag(profile.tags, draft);
            if ('problem' in next) {
              setProblem(next.problem === 'empty' ? null : next);
              return;
            }
            setProblem(null);
            update.mutate({ tags: next.tags }, { onSuccess: () => setDraft('') });
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-new`}>
            {t('threadWork.contact.newTag')}
          </label>
          <input
            id={`${id}-new`}
            className="field__input field__input--compact"
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setProblem(null);
              update.reset();
            }}
            placeholder={t('threadWork.contact.newTag')}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            data-testid="contact-tag-input"
          />
          <button type="submit" className="button button--small" disabled={update.isPending}>
            {t('threadWork.contact.addTag')}
          </button>
          {problem && (
            <p id={`${id}-problem`} className="field__error">
              {problemText(problem)}
            </p>
          )}
        </form>
      )}
      {update.error && (
        <p className="field__error" role="alert">
          {errorText(toApiError(update.error), t)}
        </p>
      )}
    </div>
  );
}
