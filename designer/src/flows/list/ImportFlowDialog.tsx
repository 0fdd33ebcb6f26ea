import type { ApiIssue } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import { TRANSLATED } from '../../forms/field-error-text';
import { FormAlert } from '../../forms/FormAlert';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { FormDialog } from '../../ui/FormDialog';
import { readDraft } from '../draft/draft-text';
import { importFlow } from '../flows.api';
import { flowSaved } from '../flows.cache';
import { ImportIssues } from './ImportIssues';

interface Values {
  text: string;
  name: string;
}

/** Makes a new flow of an exported file (`.parley-flow.json`), chosen or pasted; the API's objections listed. */
export function ImportFlowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values>({ defaultValues: { text: '', name: '' } });
  const fileId = useId();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [issues, setIssues] = useState<readonly ApiIssue[]>([]);
  const { errors, isSubmitting } = form.formState;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    form.setValue('text', await file.text(), { shouldValidate: form.formState.isSubmitted });
  };

  const onSubmit = form.handleSubmit(async ({ text, name }) => {
    setFailure(null);
    setIssues([]);
    const reading = readDraft(text);
    if (reading.kind === 'not-json') {
      form.setError('text', {
        type: TRANSLATED,
        message: t('flowsPage.import.notJson', { line: reading.line }),
      });
      return;
    }
    try {
      const flow = await importFlow(reading.value, name.trim() === '' ? undefined : name.trim());
      await flowSaved(queryClient, flow);
      void navigate({ to: '/flows/$flowId', params: { flowId: flow.id } });
    } catch (e) {
      const error = toApiError(e);
      if (error.issues.length > 0) setIssues(error.issues);
      else setFailure(error);
    }
  });

  return (
    <FormDialog
      title={t('flowsPage.import.title')}
      onClose={onClose}
      size="wide"
      className="flow-import"
      onSubmit={(e) => void onSubmit(e)}
      submitLabel={isSubmitting ? t('flowsPage.import.importing') : t('flowsPage.import.submit')}
      pending={isSubmitting}
      submitTestId="flow-import-save"
    >
      <p className="dialog__text">{t('flowsPage.import.body')}</p>
      <FormAlert error={failure} />
      {issues.length > 0 && <ImportIssues issues={issues} />}
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('flowsPage.import.file')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
          data-testid="flow-import-file"
        />
      </div>
      <TextAreaField
        label={t('flowsPage.import.paste')}
        hint={t('flowsPage.import.pasteHint')}
        registration={form.register('text', {
          validate: (text) => text.trim() !== '' || t('flowsPage.import.required'),
        })}
        error={errors.text && { ...errors.text, type: TRANSLATED }}
        rows={10}
        spellCheck={false}
        data-testid="flow-import-text"
      />
      <TextField
        label={t('flowsPage.import.name')}
        hint={t('flowsPage.import.nameHint')}
        registration={form.register('name')}
        autoComplete="off"
      />
    </FormDialog>
  );
}
