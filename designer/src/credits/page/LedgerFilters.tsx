import { ledgerEntryKinds, type LedgerEntryKind } from '@parley/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerFilters as Filters } from './ledger-filters';

interface Props {
  filters: Filters;
  onChange: (next: Filters) => void;
}

/** The ledger's filters: which kinds of entry (none ticked: all) and from which day to which. */
export function LedgerFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const toggle = (kind: LedgerEntryKind, on: boolean) =>
    onChange({
      ...filters,
      kinds: on ? [...filters.kinds, kind] : filters.kinds.filter((k) => k !== kind),
    });
  return (
    <div className="ledger-filters">
      <fieldset className="fieldset ledger-filters__kinds">
        <legend className="field__label">{t('creditsPage.ledger.kinds')}</legend>
        <div className="radio-row">
          {ledgerEntryKinds.map((kind) => (
            <label key={kind} className="radio-row__option">
              <input
                type="checkbox"
                checked={filters.kinds.includes(kind)}
                onChange={(e) => toggle(kind, e.target.checked)}
              />
              {t(`creditsPage.ledger.kind.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-from`}>
          {t('creditsPage.ledger.from')}
        </label>
        <input
          id={`${id}-from`}
          className="field__input field__input--compact"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ ...filters, from: e.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-to`}>
          {t('creditsPage.ledger.to')}
        </label>
        <input
          id={`${id}-to`}
          className="field__input field__input--compact"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange({ ...filters, to: e.target.value })}
        />
      </div>
    </div>
  );
}
