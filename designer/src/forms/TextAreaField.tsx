import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell, type FieldCounter } from './FieldShell';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  error?: FieldError | undefined;
  hint?: ReactNode;
  counter?: FieldCounter | undefined;
  /** The element too, for a caller that edits the text at the cursor (inserting a variable). */
  textareaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field registered with react-hook-form. */
export function TextAreaField({
  label,
  registration,
  error,
  hint,
  counter,
  textareaRef,
  ...textarea
}: Props) {
  return (
    <FieldShell label={label} hint={hint} counter={counter} error={error}>
      {(control) => (
        <textarea
          className="field__input field__input--textarea"
          {...textarea}
          {...control}
          {...registration}
          ref={(element) => {
            registration.ref(element);
            if (typeof textareaRef === 'function') textareaRef(element);
            else if (textareaRef) textareaRef.current = element;
          }}
        />
      )}
    </FieldShell>
  );
}
