import type { TriggerMatch } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from '../fields/CheckboxInput';
import { SelectInput } from '../fields/SelectInput';
import { StringListInput } from '../fields/StringListInput';
import { TextInput } from '../fields/TextInput';

interface Props {
  match: TriggerMatch;
  onChange: (match: TriggerMatch, path: string) => void;
}

/** The fields of the trigger's kind of match: keywords and how they match, a pattern, or payloads. */
export function TriggerMatchFields({ match, onChange }: Props) {
  const { t } = useTranslation();
  switch (match.kind) {
    case 'keyword':
      return (
        <>
          <StringListInput
            path="match.keywords"
            label={t('flowPanel.trigger.keywords')}
            hint={t('flowPanel.trigger.keywordsHint')}
            value={match.keywords}
            commas
            onChange={(keywords) => onChange({ ...match, keywords }, 'match.keywords')}
          />
          <SelectInput
            path="match.mode"
            label={t('flowPanel.trigger.mode')}
            value={match.mode}
            options={[
              { value: 'contains', label: t('flowPanel.trigger.modes.contains') },
              { value: 'exact', label: t('flowPanel.trigger.modes.exact') },
            ]}
            onChange={(mode) => onChange({ ...match, mode }, 'match.mode')}
          />
        </>
      );
    case 'regex':
      return (
        <>
          <TextInput
            path="match.pattern"
            label={t('flowPanel.trigger.pattern')}
            hint={t('flowPanel.trigger.patternHint')}
            value={match.pattern}
            onChange={(pattern) => onChange({ ...match, pattern }, 'match.pattern')}
          />
          <CheckboxInput
            path="match.caseInsensitive"
            label={t('flowPanel.trigger.caseInsensitive')}
            checked={match.caseInsensitive}
            onChange={(caseInsensitive) => onChange({ ...match, caseInsensitive }, 'match.caseInsensitive')}
          />
        </>
      );
    case 'quick_reply_payload':
      return (
        <StringListInput
          path="match.payloads"
          label={t('flowPanel.trigger.payloads')}
          hint={t('flowPanel.trigger.payloadsHint')}
          value={match.payloads}
          onChange={(payloads) => onChange({ ...match, payloads }, 'match.payloads')}
        />
      );
    default:
      return null;
  }
}
