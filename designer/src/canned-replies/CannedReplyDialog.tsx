import { cannedReplyTextLength, type CannedReply } from '@parley/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../forms/FormAlert';
import { SaveButton } from '../forms/SaveButton';
import { TextAreaField } from '../forms/TextAreaField';
import { TextField } from '../forms/TextField';
import { insertAt } from '../templates/form/insert-variable';
import { Dialog } from '../ui/Dialog';
import { CannedReplyPreview } from './CannedReplyPreview';
import type { CannedReplyVariable } from './canned-reply-form';
import { useCannedReplyForm } from './use-canned-reply-form';
import { VariablePicker } from './VariablePicker';

interface Props {
  /** The canned reply to edit; null for a new one. */
  reply: CannedReply | null;
  onClose: () => void;
  onSaved: (reply: CannedReply) => void;
}

/** Creates or edits a canned reply: title, shortcut and text, with its variables and a preview. */
export function CannedReplyDialog({ reply, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { form, failure, onSubmit } = useCannedReplyForm(reply, onSaved);
  const { errors, isSubmitting } = form.formState;
  const text = form.watch('text');
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [inserted, setInserted] = useState('');

  const insert = (variable: CannedReplyVariable) => {
    const current = form.getValues('text');
    const element = textarea.current;
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    const next = insertAt(current, start, end, variable);
    form.setValue('text', next.text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    setInserted(t('settingsWork.cannedReplies.variables.inserted', { variable: next.token }));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  return (
    <Dialog
      title={
        reply
          ? t('settingsWork.cannedReplies.editTitle', { title: reply.title })
          : t('settingsWork.cannedReplies.newTitle')
      }
      onClose={onClose}
      size="wide"
    >
      <form className="form canned-reply-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormAlert error={failure} />
        <TextField
          label={t('settingsWork.cannedReplies.form.title')}
          hint={t('settingsWork.cannedReplies.form.titleHint')}
          registration={form.register('title')}
          error={errors.title}
          autoComplete="off"
          data-testid="canned-reply-title"
        />
        <TextField
          label={t('settingsWork.cannedReplies.form.shortcut')}
          hint={t('settingsWork.cannedReplies.form.shortcutHint')}
          registration={form.register('shortcut')}
          error={errors.shortcut}
          autoComplete="off"
          spellCheck={false}
          className="canned-reply-form__shortcut"
          data-testid="canned-reply-shortcut"
        />
        <div className="canned-reply-form__text">
          <div className="canned-reply-form__editor">
            <TextAreaField
              label={t('settingsWork.cannedReplies.form.text')}
              hint={t('settingsWork.cannedReplies.form.textHint')}
              registration={form.register('text')}
              error={errors.text}
              counter={{ count: text.length, max: cannedReplyTextLength }}
              rows={7}
              textareaRef={textarea}
              data-testid="canned-reply-text"
            />
            <VariablePicker onInsert={insert} announcement={inserted} />
          </div>
          <CannedReplyPreview text={text} />
        </div>
        {errors.root?.contract && <p className="field__error">{errors.root.contract.message}</p>}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <SaveButton
            busy={isSubmitting}
            label={t('settingsWork.cannedReplies.save')}
            busyLabel={t('common.saving')}
            saved={false}
            savedText=""
            testId="canned-reply-save"
          />
        </div>
      </form>
    </Dialog>
  );
}
