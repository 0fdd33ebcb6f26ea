import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { shortcuts } from './shortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The help sheet: every keyboard shortcut of the canvas (⌘ on a Mac, Ctrl elsewhere). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('flowCanvas.shortcuts.title')} onClose={onClose}>
      <table className="flow-shortcuts" data-testid="flow-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('flowCanvas.shortcuts.action')}</th>
            <th scope="col">{t('flowCanvas.shortcuts.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>{t(`flowCanvas.shortcuts.${shortcut.id}`)}</td>
              <td>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ('anyOne' in shortcut ? ' / ' : ' + ')}
                    <kbd>
                      {key === 'Mod'
                        ? isMac
                          ? '⌘'
                          : 'Ctrl'
                        : key === 'Click' || key === 'Drag'
                          ? t(`flowCanvas.shortcuts.${key}`)
                          : key}
                    </kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
