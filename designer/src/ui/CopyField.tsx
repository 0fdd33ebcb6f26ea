import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Names the value: "Invitation link", "New API token". */
  label: string;
  value: string;
  /** The button's name: "Copy link", "Copy token". */
  copyLabel: string;
}

/** A read-only value with a copy button; the outcome is announced. */
export function CopyField({ label, value, copyLabel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setOutcome('copied');
    } catch {
      input.current?.select();
      setOutcome('failed');
    }
  };

  return (
    <div className="copy-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-field__row">
        <input
          ref={input}
          id={id}
          className="field__input copy-field__value"
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {outcome === 'copied' ? t('common.copied') : outcome === 'failed' ? t('common.copyFailed') : ''}
      </p>
    </div>
  );
}
