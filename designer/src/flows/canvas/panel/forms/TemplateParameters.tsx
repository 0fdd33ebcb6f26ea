import { useTranslation } from 'react-i18next';
import { ListFieldset } from '../fields/ListFieldset';
import { TextInput } from '../fields/TextInput';
import { replaceItem } from '../model/list-edit';
import { placeholderText } from '../model/picker-entries';

interface Props {
  path: 'bodyParameters' | 'headerParameters';
  parameters: readonly string[];
  onChange: (parameters: string[], path: string) => void;
}

/** One input per template parameter, labelled as the template writes it ({{1}}, {{2}}…), with the variable picker. */
export function TemplateParameters({ path, parameters, onChange }: Props) {
  const { t } = useTranslation();
  if (parameters.length === 0) return null;
  return (
    <ListFieldset
      path={path}
      legend={t(`flowPanel.template.${path}`)}
      hint={t('flowPanel.template.parametersHint')}
    >
      {parameters.map((parameter, i) => (
        <TextInput
          key={i}
          path={`${path}.${i}`}
          label={placeholderText(String(i + 1))}
          value={parameter}
          picker="variables"
          onChange={(value) => onChange(replaceItem(parameters, i, value), `${path}.${i}`)}
        />
      ))}
    </ListFieldset>
  );
}
