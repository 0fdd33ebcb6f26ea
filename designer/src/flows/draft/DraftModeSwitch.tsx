import { useTranslation } from 'react-i18next';

export type DraftMode = 'canvas' | 'json';
const modes: readonly DraftMode[] = ['canvas', 'json'];

/** Canvas or JSON: two views of the same draft (the JSON for those who write or paste graphs). */
export function DraftModeSwitch({
  mode,
  onChange,
}: {
  mode: DraftMode;
  onChange: (mode: DraftMode) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('flowDraft.mode.label')}>
      {modes.map((option) => (
        <button
          key={option}
          type="button"
          className="button button--small"
          aria-pressed={mode === option}
          onClick={() => mode !== option && onChange(option)}
          data-testid={`draft-mode-${option}`}
        >
          {t(`flowDraft.mode.${option}`)}
        </button>
      ))}
    </div>
  );
}
