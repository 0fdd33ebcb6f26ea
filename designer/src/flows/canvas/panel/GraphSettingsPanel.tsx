import type { FlowGraph } from '@parley/workflows/flows';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput } from './fields/NumberInput';

interface Props {
  settings: FlowGraph['settings'];
  /** The settings with one changed; `mergeKey` (`settings:debounceMs`) makes one field's keystrokes one undo step. */
  onChange: (settings: FlowGraph['settings'], mergeKey: string) => void;
}

/** The flow's own settings, shown beside the canvas while no node is selected. */
export function GraphSettingsPanel({ settings, onChange }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="flow-panel" aria-labelledby={titleId} data-testid="graph-settings-panel">
      <header className="flow-panel__header">
        <div>
          <h2 id={titleId} className="flow-panel__title">
            {t('flowPanel.settings.title')}
          </h2>
          <p className="field__hint">{t('flowPanel.settings.intro')}</p>
        </div>
      </header>
      <div className="flow-panel__fields">
        <NumberInput
          path="settings.debounceMs"
          label={t('flowPanel.settings.debounceMs')}
          hint={t('flowPanel.settings.debounceHint')}
          value={settings.debounceMs}
          min={0}
          max={30_000}
          onChange={(debounceMs) => onChange({ ...settings, debounceMs }, 'settings:debounceMs')}
        />
        <NumberInput
          path="settings.stepBudget"
          label={t('flowPanel.settings.stepBudget')}
          hint={t('flowPanel.settings.stepBudgetHint')}
          value={settings.stepBudget}
          min={10}
          max={10_000}
          onChange={(stepBudget) => onChange({ ...settings, stepBudget }, 'settings:stepBudget')}
        />
      </div>
    </section>
  );
}
