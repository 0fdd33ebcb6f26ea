import type { Template, TemplateGroup } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, toApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { reportToForm, type CodeFields } from '../../forms/report-to-form';
import type { Translate } from '../../i18n/translate';
import { useLocale } from '../../i18n/use-locale';
import { editRule } from '../detail/timeline';
import { previewOf } from '../preview/template-bubble';
import { TemplatePreview } from '../preview/TemplatePreview';
import { createTemplate, editTemplate } from '../templates.api';
import { templateChanged } from '../templates.cache';
import type { WhatsAppAccount } from '../whatsapp-accounts';
import { BasicsStep } from './steps/BasicsStep';
import { ButtonsStep } from './steps/ButtonsStep';
import { CategoryStep } from './steps/CategoryStep';
import { CodeStep } from './steps/CodeStep';
import { FooterStep } from './steps/FooterStep';
import { HeaderStep } from './steps/HeaderStep';
import type { ChosenFile } from './steps/HeaderMediaPicker';
import { BodyStep } from './steps/BodyStep';
import {
  contentOf,
  createInput,
  editInput,
  formPathOf,
  type TemplateFormValues,
} from './template-form-values';
import { templateResolver, type TemplateFormMode } from './template-resolver';

type Field = FieldPath<TemplateFormValues>;

/** The form's fields that a server issue may name (`buttons.2.url` is under `buttons`). */
const formFields = [
  'channelAccountId',
  'name',
  'language',
  'group',
  'newGroupName',
  'category',
  'allowCategoryChange',
  'header',
  'body',
  'examples',
  'footer',
  'buttons',
  'authentication',
] as const;

/**
 * A refused submission on the form: codes about one field go under it (TEMPLATE_EXISTS and
 * NAME_HELD under the name, CATEGORY_LOCKED under the category), other issues at their own path.
 */
function reportTemplateFailure(
  failure: unknown,
  setError: Parameters<typeof reportToForm<TemplateFormValues>>[1],
  t: Translate,
): ApiError | null {
  const error = toApiError(failure);
  const issues = error.issues.map((issue) => ({ ...issue, path: formPathOf(issue.path) }));
  const mapped = new ApiError(error.code, error.message, error.status, issues);
  const paths = issues
    .map((issue) => issue.path)
    .filter((path) => formFields.some((f) => path === f || path.startsWith(`${f}.`))) as Field[];
  const codeFields: CodeFields<Field> = {
    TEMPLATE_EXISTS: { field: 'name', message: t('templates.form.nameTaken') },
    NAME_HELD: { field: 'name', message: t('templates.form.nameHeld', { detail: error.message }) },
    CATEGORY_LOCKED: { field: 'category', message: t('templates.form.categoryLocked') },
    GROUP_EXISTS: { field: 'newGroupName', message: t('templates.groups.exists') },
  };
  return reportToForm(mapped, setError, [...new Set(paths)], codeFields);
}

interface Props {
  mode: TemplateFormMode;
  defaultValues: TemplateFormValues;
  initialFile: ChosenFile | null;
  /** The WhatsApp accounts a new template may be for. */
  accounts: readonly WhatsAppAccount[];
  groups: readonly TemplateGroup[];
  /** The template being edited. */
  template?: Template;
  onSaved: (template: Template) => void;
  /** The way back, beside the submit button. */
  cancel: ReactNode;
}

/**
 * The template editor: WhatsApp's steps in order, each checked as the admin types once they
 * have tried to submit (counters always), with the phone preview beside it.
 */
export function TemplateEditor({
  mode,
  defaultValues,
  initialFile,
  accounts,
  groups,
  template,
  onSaved,
  cancel,
}: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const resolver = useMemo(() => templateResolver(mode, t), [mode, t]);
  const form = useForm<TemplateFormValues, unknown, TemplateFormValues>({
    resolver,
    defaultValues,
    reValidateMode: 'onSubmit',
  });
  const [file, setFile] = useState<ChosenFile | null>(initialFile);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const values = form.watch();
  const { errors, isSubmitting, isSubmitted } = form.formState;

  // After the first try, every change checks the whole template again: a new {{2}} in the body
  // asks for its sample at once, and a fixed rule stops being shown.
  useEffect(() => {
    if (!isSubmitted) return;
    const subscription = form.watch(() => void form.trigger());
    return () => subscription.unsubscribe();
  }, [form, isSubmitted]);

  const rule = template ? editRule(template, t, locale) : null;
  const locked = rule !== null && !rule.allowed;
  const categoryLocked = mode === 'edit' && template?.status === 'APPROVED';
  const step = { form, values, errors };

  const onSubmit = form.handleSubmit(async (submitted) => {
    setFailure(null);
    try {
      const saved =
        mode === 'create'
          ? await createTemplate(createInput(submitted))
          : await editTemplate(template!.id, editInput(submitted));
      await templateChanged(queryClient, saved);
      onSaved(saved);
    } catch (e) {
      setFailure(reportTemplateFailure(e, form.setError, t));
    }
  });

  return (
    <div className="template-editor">
      <form className="form template-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {rule && (
          <div className={`notice ${rule.allowed ? 'notice--info' : 'notice--warning'}`} role="note">
            {!rule.allowed && <p className="notice__title">{t('templates.edit.notAllowedTitle')}</p>}
            <p>{rule.text}</p>
          </div>
        )}
        <FormAlert error={failure} />
        <fieldset className="template-form__steps" disabled={locked}>
          <CategoryStep {...step} locked={categoryLocked} />
          <BasicsStep {...step} mode={mode} accounts={accounts} groups={groups} />
          {values.category === 'AUTHENTICATION' ? (
            <CodeStep {...step} />
          ) : (
            <>
              <HeaderStep {...step} file={file} onFileChange={setFile} />
              <BodyStep {...step} />
              <FooterStep {...step} />
              <ButtonsStep {...step} />
            </>
          )}
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting
                ? t('templates.form.submitting')
                : mode === 'create'
                  ? t('templates.form.submitCreate')
                  : t('templates.form.submitEdit')}
            </button>
            {cancel}
          </div>
        </fieldset>
      </form>
      <div className="template-editor__preview">
        <TemplatePreview view={previewOf(contentOf(values), values.language, file)} />
      </div>
    </div>
  );
}
