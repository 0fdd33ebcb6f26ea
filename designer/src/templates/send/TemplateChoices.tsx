import { useId } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../form/steps/FieldErrorText';
import { languageLabel } from '../template-language';
import type { UsableTemplate } from '../templates.api';
import { TemplateStatusBadge } from '../TemplateStatusBadge';
import { isUsable, unusableReasonText } from './send-template-form';

interface Props {
  templates: readonly UsableTemplate[];
  registration: UseFormRegisterReturn;
  error: FieldError | undefined;
  /** The locale to name the languages in. */
  locale: string;
}

/**
 * The conversation's templates as a radio group named "Template": each choice is named by the
 * template's name and described by its language, category, status and, when it can't be sent
 * now, why (such a choice is disabled).
 */
export function TemplateChoices({ templates, registration, error, locale }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      role="radiogroup"
      className="template-choices"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field__label">{t('templates.send.choice')}</legend>
      <ul className="template-choices__list">
        {templates.map((template) => (
          <TemplateChoice key={template.id} template={template} registration={registration} locale={locale} />
        ))}
      </ul>
      <FieldErrorText id={errorId} error={error} />
    </fieldset>
  );
}

function TemplateChoice({
  template,
  registration,
  locale,
}: {
  template: UsableTemplate;
  registration: UseFormRegisterReturn;
  locale: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const unusable = !isUsable(template);
  const category = template.content?.category;
  const language = languageLabel(template.language, locale, t);
  return (
    <li className={`template-choice${unusable ? ' is-unusable' : ''}`}>
      <label className="template-choice__label">
        <input
          type="radio"
          value={template.id}
          disabled={unusable}
          aria-labelledby={`${id}-name`}
          aria-describedby={unusable ? `${id}-meta ${id}-reason` : `${id}-meta`}
          {...registration}
        />
        <span className="template-choice__text">
          <span id={`${id}-name`} className="template-choice__name">
            {template.name}
          </span>
          <span id={`${id}-meta`} className="template-choice__meta">
            <span>
              {category
                ? t('templates.send.choiceMeta', {
                    language,
                    category: t(`templates.category.${category}`),
                  })
                : language}
            </span>{' '}
            <TemplateStatusBadge status={template.status} />
          </span>
          {unusable && (
            <span id={`${id}-reason`} className="template-choice__reason">
              {unusableReasonText(template.unusableReason ?? 'TEMPLATE_NOT_SUPPORTED', t)}
            </span>
          )}
        </span>
      </label>
    </li>
  );
}
