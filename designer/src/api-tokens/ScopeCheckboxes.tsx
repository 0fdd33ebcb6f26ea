import type { Permission } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { scopeKeys } from './scope-keys';

interface Props {
  /** What the person may grant: their own permissions. */
  available: readonly Permission[];
  value: readonly Permission[];
  onChange: (next: Permission[]) => void;
  errorId: string | undefined;
}

/** One checkbox per scope the person has, each with what it allows. */
export function ScopeCheckboxes({ available, value, onChange, errorId }: Props) {
  const { t } = useTranslation();
  return (
    <ul className="check-list">
      {available.map((permission) => {
        const key = scopeKeys[permission];
        const id = `scope-${key}`;
        return (
          <li key={permission} className="check-list__item">
            <input
              id={id}
              type="checkbox"
              checked={value.includes(permission)}
              aria-describedby={[`${id}-description`, errorId].filter(Boolean).join(' ')}
              onChange={(e) =>
                onChange(e.target.checked ? [...value, permission] : value.filter((p) => p !== permission))
              }
            />
            <label htmlFor={id} className="check-list__label">
              {t(`tokens.scope.${key}.label`)} <code className="check-list__code">{permission}</code>
            </label>
            <p id={`${id}-description`} className="check-list__description">
              {t(`tokens.scope.${key}.description`)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
