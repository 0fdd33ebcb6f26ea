import type { SendTemplateNode } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../fields/SelectInput';
import type { FormProps } from '../form-props';
import { chooseTemplate, templateIndex } from '../model/template-parameters';
import { TemplateParameters } from './TemplateParameters';

/** An approved template by name and language, and its parameters (sized to the template's). */
export function SendTemplateForm({ node, context, onChange }: FormProps<SendTemplateNode>) {
  const { t } = useTranslation();
  const templates = context?.templates ?? [];
  const index = templateIndex(node, templates);
  const current = index >= 0 ? String(index) : '';
  const placeholder = !context
    ? t('flowPanel.loading')
    : node.templateName
      ? t('flowPanel.template.missing', { name: node.templateName, language: node.language })
      : t('flowPanel.template.choose');
  return (
    <>
      <SelectInput
        path="templateName"
        label={t('flowPanel.template.label')}
        hint={t('flowPanel.template.hint')}
        value={current}
        disabled={!context}
        options={[
          ...(index >= 0 ? [] : [{ value: '', label: placeholder, disabled: true }]),
          ...templates.map((template, i) => ({
            value: String(i),
            label: template.usable
              ? t('flowPanel.template.option', { name: template.name, language: template.language })
              : t('flowPanel.template.unusable', {
                  name: template.name,
                  language: template.language,
                  status: template.status,
                }),
            disabled: !template.usable,
          })),
        ]}
        onChange={(value) => {
          const template = templates[Number(value)];
          if (template) onChange(chooseTemplate(node, template), 'templateName');
        }}
      />
      <TemplateParameters
        path="headerParameters"
        parameters={node.headerParameters}
        onChange={(headerParameters, path) => onChange({ ...node, headerParameters }, path)}
      />
      <TemplateParameters
        path="bodyParameters"
        parameters={node.bodyParameters}
        onChange={(bodyParameters, path) => onChange({ ...node, bodyParameters }, path)}
      />
    </>
  );
}
