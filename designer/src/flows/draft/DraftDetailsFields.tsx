import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../forms/FieldShell';
import type { DraftFields } from './draft-text';

const NAME_MAX = 80;
const DESCRIPTION_MAX = 500;

interface Props {
  fields: DraftFields;
  /** The name can't be saved as it is (blank or too long). */
  nameInvalid: boolean;
  onChange: (change: Partial<DraftFields>) => void;
}

/** The flow's name and description, saved with the draft. */
export function DraftDetailsFields({ fields, nameInvalid, onChange }: Props) {
  const { t } = useTranslation();
  const nameError = nameInvalid ? { type: 'translated', message: t('flowsPage.form.nameRule') } : undefined;
  return (
    <div className="flow-details-fields">
      <FieldShell
        label={t('flowDraft.fields.name')}
        counter={{ count: fields.name.length, max: NAME_MAX }}
        error={nameError}
      >
        {(control) => (
          <input
            className="field__input"
            type="text"
            value={fields.name}
            onChange={(e) => onChange({ name: e.target.value })}
            autoComplete="off"
            data-testid="flow-name"
            {...control}
          />
        )}
      </FieldShell>
      <FieldShell
        label={t('flowDraft.fields.description')}
        counter={{ count: fields.description.length, max: DESCRIPTION_MAX }}
      >
        {(control) => (
          <textarea
            className="field__input field__input--textarea"
            value={fields.description}
            onChange={(e) => onChange({ description: e.target.value })}
            rows={2}
            data-testid="flow-description"
            {...control}
          />
        )}
      </FieldShell>
    </div>
  );
}
