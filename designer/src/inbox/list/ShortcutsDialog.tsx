import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { shortcuts } from './keyboard-shortcuts';

/** The inbox's keyboard shortcuts, listed (opened with "?" or the list's button). */
export function ShortcutsDialog({ canClose, onClose }: { canClose: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('inboxWork.shortcuts.title')} onClose={onClose}>
      <p className="dialog__text">{t('inboxWork.shortcuts.intro')}</p>
      <dl className="shortcut-list" data-testid="shortcut-list">
        {shortcuts
          .filter((s) => canClose || s.action !== 'close')
          .map((s) => (
            <div key={s.key} className="shortcut-list__row">
              <dt>
                <kbd className="kbd">{s.key}</kbd>
              </dt>
              <dd>{t(`inboxWork.shortcuts.${s.action}`)}</dd>
            </div>
          ))}
      </dl>
      <p className="dialog__text shortcut-list__note">{t('inboxWork.shortcuts.note')}</p>
    </Dialog>
  );
}
