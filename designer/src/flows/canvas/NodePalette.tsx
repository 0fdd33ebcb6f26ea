import type { FlowNodeType } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { paletteGroups } from './model/node-defaults';
import { paletteMime } from './palette-mime';

interface Props {
  /** Enter or a click: adds the node in the middle of what the canvas shows. */
  onAdd: (type: FlowNodeType) => void;
}

/**
 * The node types, grouped: drag one onto the canvas to add it there, or press it (Enter, Space or
 * a click) to add it in the middle of the view, selected, with its properties open.
 */
export function NodePalette({ onAdd }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="flow-palette" aria-label={t('flowCanvas.palette.label')} data-testid="flow-palette">
      <p className="flow-palette__hint">{t('flowCanvas.palette.hint')}</p>
      {paletteGroups.map((group) => (
        <section key={group.group} className="flow-palette__group" aria-labelledby={`palette-${group.group}`}>
          <h3 id={`palette-${group.group}`} className="flow-palette__title">
            {t(`flowCanvas.palette.groups.${group.group}`)}
          </h3>
          <ul className="flow-palette__items">
            {group.types.map((type) => (
              <li key={type}>
                <button
                  type="button"
                  className={`flow-palette__item flow-palette__item--${type}`}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(paletteMime, type);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => onAdd(type)}
                  title={t(`flowPanel.typeHints.${type}`)}
                  data-testid={`palette-${type}`}
                >
                  {t(`flowPanel.types.${type}`)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
