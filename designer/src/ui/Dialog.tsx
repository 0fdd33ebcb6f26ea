import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** 'wide' for the WhatsApp wizard and long content. */
  size?: 'normal' | 'wide';
}

/**
 * A modal dialog on the native `<dialog>`: the browser keeps focus inside and the rest inert.
 * Mounted means open; focus returns to whatever opened it when it unmounts.
 */
export function Dialog({ title, onClose, children, size = 'normal' }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const unmounting = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    unmounting.current = false;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      unmounting.current = true;
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault(); // Escape: let the owner decide, so state and DOM stay in step
        onClose();
      }}
      onClose={() => {
        if (!unmounting.current) onClose(); // the browser closed it anyway (a repeated Escape)
      }}
    >
      <header className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="icon-button dialog__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('common.close')}</span>
        </button>
      </header>
      <div className="dialog__body">{children}</div>
    </dialog>
  );
}
