import type { FormEventHandler, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Props {
  title: ReactNode;
  onClose: () => void;
  size?: 'normal' | 'wide';
  /** Classes of the form beside `form`. */
  className?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The submit button's label (what it does, or that it is doing it while `pending`). */
  submitLabel: ReactNode;
  /** The form is being sent: its submit button is disabled. */
  pending: boolean;
  submitTestId?: string;
  children: ReactNode;
}

/** A dialog of one form (validated by the page, not the browser), ending in Cancel and its submit button. */
export function FormDialog({
  title,
  onClose,
  size,
  className,
  onSubmit,
  submitLabel,
  pending,
  submitTestId,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose} size={size}>
      <form className={className ? `form ${className}` : 'form'} onSubmit={onSubmit} noValidate>
        {children}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={pending}
            data-testid={submitTestId}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
