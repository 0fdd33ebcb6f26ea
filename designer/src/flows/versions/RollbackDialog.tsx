import { zodResolver } from '@hookform/resolvers/zod';
import { rollbackFlowSchema, type FlowDetail, type FlowVersionSummary } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../forms/FormAlert';
import { TextAreaField } from '../../forms/TextAreaField';
import { FormDialog } from '../../ui/FormDialog';
import { rollbackFlow } from '../flow-versions.api';
import { flowPublished, flowSaved } from '../flows.cache';

const noteForm = rollbackFlowSchema.pick({ note: true });

interface Props {
  flowId: string;
  version: FlowVersionSummary;
  onClose: () => void;
  onDone: (flow: FlowDetail) => void;
}

/** Asks before publishing an earlier version again as the newest, with a note saying why. */
export function RollbackDialog({ flowId, version, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(noteForm), defaultValues: { note: '' } });
  const rollback = useMutation({
    mutationFn: (note: string) => rollbackFlow(flowId, version.version, note),
    onSuccess: async (flow) => {
      await flowSaved(queryClient, flow);
      await flowPublished(queryClient, flowId);
      onDone(flow);
    },
  });
  const note = form.watch('note');
  const onSubmit = form.handleSubmit(({ note }) => rollback.mutate(note));

  return (
    <FormDialog
      title={t('flowVersions.rollback.title', { version: version.version })}
      onClose={onClose}
      onSubmit={(e) => void onSubmit(e)}
      submitLabel={t('flowVersions.rollback.confirm', { version: version.version })}
      pending={rollback.isPending}
      submitTestId="flow-rollback-confirm"
    >
      <p className="dialog__text">{t('flowVersions.rollback.body', { version: version.version })}</p>
      <FormAlert error={rollback.error} />
      <TextAreaField
        label={t('flowVersions.rollback.note')}
        registration={form.register('note')}
        error={form.formState.errors.note}
        counter={{ count: (note ?? '').length, max: 500 }}
        rows={3}
      />
    </FormDialog>
  );
}
