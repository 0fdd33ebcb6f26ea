import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';

/** Something a node names by id: a team, an agent, a flow. */
export interface Reference {
  id: string;
  label: string;
}

interface Props {
  path: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  /** Null while the organisation's are loading: the node's value stays. */
  references: readonly Reference[] | null;
  /** The option shown while nothing is chosen yet. */
  choose: string;
  onChange: (id: string) => void;
}

/** A select of the organisation's teams, agents or flows; a value not among them is shown as missing. */
export function ReferenceSelect({ path, label, hint, value, references, choose, onChange }: Props) {
  const { t } = useTranslation();
  const known = references?.some((reference) => reference.id === value) ?? false;
  const placeholder =
    references === null
      ? t('flowPanel.loading')
      : value === ''
        ? choose
        : t('flowPanel.missingReference', { id: value });
  return (
    <SelectInput
      path={path}
      label={label}
      hint={hint}
      value={known ? value : ''}
      disabled={references === null}
      options={[
        ...(known ? [] : [{ value: '', label: placeholder, disabled: true }]),
        ...(references ?? []).map((reference) => ({ value: reference.id, label: reference.label })),
      ]}
      onChange={onChange}
    />
  );
}
