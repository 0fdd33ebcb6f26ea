import { createNoteSchema, noteLength, type Conversation } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { LockIcon } from '../thread/LockIcon';
import { addNoteToThread } from '../thread/use-thread-timeline';
import { addConversationNote } from '../thread-work.api';
import { sendOnEnter } from './send-on-enter';

/**
 * The composer's "Internal note": a note for the team in the thread, posted to the conversation's
 * notes — never a message, so it never reaches the customer. Yellow, with a lock, and says so.
 */
export function NoteComposer({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const add = useMutation({
    mutationFn: (note: string) => addConversationNote(conversation.id, { text: note }),
    onSuccess: (note, written) => {
      addNoteToThread(queryClient, note);
      // What was typed while it was saved stays for the next note.
      setText((current) => (current === written ? '' : current));
      setAnnouncement(t('threadWork.note.added'));
    },
  });
  // As the contract counts: the trimmed text's length.
  const count = text.trim().length;
  const tooLong = count > noteLength;
  const valid = createNoteSchema.safeParse({ text }).success;

  return (
    <section className="note-composer" aria-labelledby={`${id}-heading`} data-testid="note-composer">
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('threadWork.note.heading')}
      </h2>
      <p id={`${id}-hint`} className="note-composer__hint">
        <LockIcon />
        <span>{t('threadWork.note.onlyTeam')}</span>
      </p>
      <form
        className="note-composer__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || add.isPending) return;
          setAnnouncement('');
          add.mutate(text);
        }}
      >
        <FormAlert error={add.error ? toApiError(add.error) : null} />
        <div className="field note-composer__field">
          <textarea
            className="field__input field__input--textarea note-composer__input"
            rows={2}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (add.error) add.reset();
            }}
            onKeyDown={sendOnEnter}
            aria-label={t('threadWork.note.fieldLabel')}
            placeholder={t('threadWork.note.placeholder')}
            aria-invalid={tooLong || undefined}
            aria-describedby={`${id}-hint ${id}-counter`}
            data-testid="note-text"
          />
          <p
            id={`${id}-counter`}
            className={`field__counter${tooLong ? ' field__counter--over' : ''}`}
            data-testid="note-counter"
          >
            {t('forms.characters', { count, max: noteLength })}
          </p>
        </div>
        <button
          type="submit"
          className="button note-composer__add"
          disabled={!valid || add.isPending}
          aria-busy={add.isPending || undefined}
          data-testid="note-add"
        >
          <LockIcon />
          {add.isPending ? t('threadWork.note.adding') : t('threadWork.note.add')}
        </button>
      </form>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
