import { createNoteSchema, noteLength, type ContactProfile } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useAddContactNote } from './use-contact-profile';

/** Notes the team keeps on the customer (across their conversations), the newest first, and a new one. */
export function ContactNotes({ profile, editable }: { profile: ContactProfile; editable: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const add = useAddContactNote(profile.id);
  const [text, setText] = useState('');
  const count = text.trim().length;
  const valid = createNoteSchema.safeParse({ text }).success;

  return (
    <div className="contact-panel__field">
      <h3 className="contact-panel__label" id={`${id}-heading`}>
        {t('threadWork.contact.notes')}
      </h3>
      {editable && (
        <form
          className="contact-notes__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid || add.isPending) return;
            add.mutate(text, {
              onSuccess: () => setText((current) => (current === text ? '' : current)),
            });
          }}
        >
          <label className="visually-hidden" htmlFor={`${id}-new`}>
            {t('threadWork.contact.newNote')}
          </label>
          <textarea
            id={`${id}-new`}
            className="field__input field__input--textarea"
            rows={2}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (add.error) add.reset();
            }}
            placeholder={t('threadWork.contact.newNote')}
            aria-invalid={count > noteLength || undefined}
            aria-describedby={`${id}-counter`}
            data-testid="contact-note-text"
          />
          <p
            id={`${id}-counter`}
            className={`field__counter${count > noteLength ? ' field__counter--over' : ''}`}
          >
            {t('forms.characters', { count, max: noteLength })}
          </p>
          <FormAlert error={add.error ? toApiError(add.error) : null} />
          <button
            type="submit"
            className="button button--small"
            disabled={!valid || add.isPending}
            aria-busy={add.isPending || undefined}
            data-testid="contact-note-add"
          >
            {t('threadWork.contact.addNote')}
          </button>
        </form>
      )}
      {profile.notes.length === 0 ? (
        <p className="contact-panel__empty">{t('threadWork.contact.noNotes')}</p>
      ) : (
        <ol className="contact-notes" aria-labelledby={`${id}-heading`} data-testid="contact-notes">
          {profile.notes.map((note) => (
            <li key={note.id} className="contact-note">
              <p className="contact-note__text">{note.text}</p>
              <p className="contact-note__meta">
                {t('common.byOn', {
                  name: note.author?.name ?? t('threadWork.event.formerMember'),
                  date: formatDateTime(note.createdAt, locale),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
