import { useTranslation } from 'react-i18next';

interface Props {
  index: number;
  count: number;
  /** The item's name in the buttons' accessible names: "Move “My order” up". */
  name: string;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** False when the list may not get shorter (it needs at least one). */
  removable: boolean;
}

/** Up, down and remove buttons of one item of a list (buttons, rows, branches, headers…). */
export function ItemActions({ index, count, name, onMove, onRemove, removable }: Props) {
  const { t } = useTranslation();
  return (
    <div className="flow-panel__item-actions">
      {count > 1 && (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={index === 0}
            aria-label={t('flowPanel.list.moveUp', { item: name })}
            onClick={() => onMove(index - 1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={index === count - 1}
            aria-label={t('flowPanel.list.moveDown', { item: name })}
            onClick={() => onMove(index + 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </>
      )}
      <button
        type="button"
        className="button button--small button--danger-outline"
        disabled={!removable}
        aria-label={t('flowPanel.list.remove', { item: name })}
        onClick={onRemove}
      >
        {t('flowPanel.list.removeShort')}
      </button>
    </div>
  );
}
