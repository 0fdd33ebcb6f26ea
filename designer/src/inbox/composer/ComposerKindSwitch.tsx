import { useTranslation } from 'react-i18next';
import { LockIcon } from '../thread/LockIcon';

export type ComposerKind = 'reply' | 'note';

interface Props {
  value: ComposerKind;
  onChange: (kind: ComposerKind) => void;
}

/** "Reply / Internal note": a radio group shown as two tabs above the composer. */
export function ComposerKindSwitch({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="composer-kind" data-testid="composer-kind">
      <legend className="visually-hidden">{t('threadWork.kind.legend')}</legend>
      {(['reply', 'note'] as const).map((kind) => (
        <label key={kind} className={`composer-kind__option composer-kind__option--${kind}`}>
          <input
            type="radio"
            name="composer-kind"
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
            data-testid={`composer-kind-${kind}`}
          />
          <span>
            {kind === 'note' && <LockIcon size={12} />}
            {t(`threadWork.kind.${kind}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
