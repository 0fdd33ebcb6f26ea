import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../forms/SelectField';
import { useLocale } from '../../i18n/use-locale';
import { TemplatePreview } from '../../templates/preview/TemplatePreview';
import { ParameterFields } from '../../templates/send/ParameterFields';
import {
  blankValues,
  isUsable,
  parameterFields,
  previewOf,
  TEMPLATE_FIELD,
  unusableReasonText,
  type SendTemplateFormValues,
} from '../../templates/send/send-template-form';
import { languageLabel } from '../../templates/template-language';
import type { UsableTemplate } from '../../templates/templates.api';
import { Section } from '../../ui/Section';

interface Props {
  form: UseFormReturn<SendTemplateFormValues>;
  choices: readonly UsableTemplate[] | null;
  /** Why the saved fallback can't be used now (`TEMPLATE_NOT_APPROVED`…), from the engine. */
  problem: string | null;
}

/**
 * The template automation sends once the window has closed (holding its message until the customer
 * answers): one of the account's approved templates, its variables filled as in the send dialog.
 */
export function FallbackTemplateFields({ form, choices, problem }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const values = form.watch();
  const chosen = choices?.find((c) => c.id === values[TEMPLATE_FIELD]);
  const usable = chosen && isUsable(chosen) ? chosen : undefined;
  const errors = form.formState.errors;
  return (
    <Section
      id="auto-replies-fallback"
      title={t('autoReplies.fallback.heading')}
      intro={t('autoReplies.fallback.intro')}
    >
      {problem && (
        <div className="alert alert--warning" role="note" data-testid="auto-replies-fallback-problem">
          <p>{t('autoReplies.fallback.problem', { reason: unusableReasonText(problem, t) })}</p>
        </div>
      )}
      {choices === null ? (
        <p className="muted">{t('autoReplies.fallback.unavailable')}</p>
      ) : (
        <SelectField
          label={t('autoReplies.fallback.template')}
          hint={choices.length === 0 ? t('autoReplies.fallback.noneApproved') : undefined}
          registration={form.register(TEMPLATE_FIELD, {
            onChange: (e: { target: { value: string } }) => {
              const template = choices.find((c) => c.id === e.target.value);
              form.reset(blankValues(e.target.value, template?.content ?? null));
            },
          })}
          error={errors[TEMPLATE_FIELD]}
          data-testid="auto-replies-fallback-template"
        >
          <option value="">{t('autoReplies.fallback.none')}</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {t('autoReplies.fallback.choice', {
                name: c.name,
                language: languageLabel(c.language, locale, t),
              })}
              {c.unusableReason ? ` — ${unusableReasonText(c.unusableReason, t)}` : ''}
            </option>
          ))}
        </SelectField>
      )}
      {usable?.content && (
        <div className="send-template__layout">
          <div className="send-template__fields">
            <ParameterFields
              key={usable.id}
              fields={parameterFields(usable.content)}
              register={form.register}
              errors={errors}
            />
          </div>
          <TemplatePreview view={previewOf(usable, values)} hint={false} />
        </div>
      )}
    </Section>
  );
}
