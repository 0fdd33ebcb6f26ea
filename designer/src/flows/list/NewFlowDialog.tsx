import { zodResolver } from '@hookform/resolvers/zod';
import { createFlowSchema } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { reportToForm } from '../../forms/report-to-form';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { FormDialog } from '../../ui/FormDialog';
import { createFlow } from '../flows.api';
import { flowSaved } from '../flows.cache';

const newFlowForm = createFlowSchema.pick({ name: true, description: true });

/** Creates a flow from its name and description (a lone "new conversation" trigger), then opens it. */
export function NewFlowDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({ resolver: zodResolver(newFlowForm), defaultValues: { name: '', description: '' } });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { errors, isSubmitting } = form.formState;
  const [name, description] = form.watch(['name', 'description']);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const flow = await createFlow(values);
      await flowSaved(queryClient, flow);
      void navigate({ to: '/flows/$flowId', params: { flowId: flow.id } });
    } catch (e) {
      setFailure(reportToForm(e, form.setError, ['name', 'description']));
    }
  });

  return (
    <FormDialog
      title={t('flowsPage.new.title')}
      onClose={onClose}
      onSubmit={(e) => void onSubmit(e)}
      submitLabel={isSubmitting ? t('common.saving') : t('flowsPage.new.submit')}
      pending={isSubmitting}
      submitTestId="flow-new-save"
    >
      <FormAlert error={failure} />
      <TextField
        label={t('flowsPage.form.name')}
        registration={form.register('name')}
        error={errors.name}
        errorMessages={{ too_small: t('flowsPage.form.nameRule'), too_big: t('flowsPage.form.nameRule') }}
        counter={{ count: name.length, max: 80 }}
        autoComplete="off"
        data-testid="flow-new-name"
      />
      <TextAreaField
        label={t('flowsPage.form.description')}
        hint={t('flowsPage.form.descriptionHint')}
        registration={form.register('description')}
        error={errors.description}
        counter={{ count: (description ?? '').length, max: 500 }}
        rows={3}
      />
    </FormDialog>
  );
}
