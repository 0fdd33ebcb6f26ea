import { zodResolver } from '@hookform/resolvers/zod';
import {
  flowInvalidSchema,
  publishFlowSchema,
  staleRevisionSchema,
  type FlowDetail,
} from '@parley/contracts';
import type { FlowProblem } from '@parley/workflows/flows';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import { FormAlert } from '../../forms/FormAlert';
import { TextAreaField } from '../../forms/TextAreaField';
import { FormDialog } from '../../ui/FormDialog';
import { publishFlow } from '../flow-versions.api';
import { flowPublished, flowSaved } from '../flows.cache';
import { ProblemsList } from './ProblemsList';

const noteForm = publishFlowSchema.pick({ note: true });
const NOTE_MAX = 500;

interface Props {
  flowId: string;
  /** The saved revision the admin sees, which is what gets published. */
  revision: number;
  /** The parsed draft, to name the nodes of problems the server finds. */
  value: unknown;
  onClose: () => void;
  onPublished: (flow: FlowDetail) => void;
  /** Someone saved since: publishing stops, and the editor shows the conflict. */
  onStale: (currentRevision: number) => void;
  onGo: (problem: FlowProblem) => void;
}

/** Publishes the saved draft as the next version, with a note saying what changed. */
export function PublishDialog({ flowId, revision, value, onClose, onPublished, onStale, onGo }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ resolver: zodResolver(noteForm), defaultValues: { note: '' } });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [problems, setProblems] = useState<FlowProblem[]>([]);
  const { errors, isSubmitting } = form.formState;
  const note = form.watch('note');

  const onSubmit = form.handleSubmit(async ({ note }) => {
    setFailure(null);
    setProblems([]);
    try {
      const flow = await publishFlow(flowId, { revision, note });
      await flowSaved(queryClient, flow);
      await flowPublished(queryClient, flowId);
      onPublished(flow);
    } catch (e) {
      const error = toApiError(e);
      const stale = staleRevisionSchema.safeParse(error.body);
      const invalid = flowInvalidSchema.safeParse(error.body);
      if (stale.success) onStale(stale.data.currentRevision);
      else if (invalid.success) setProblems(invalid.data.problems);
      else setFailure(error);
    }
  });

  return (
    <FormDialog
      title={t('flowDraft.publish.title')}
      onClose={onClose}
      onSubmit={(e) => void onSubmit(e)}
      submitLabel={isSubmitting ? t('flowDraft.publish.publishing') : t('flowDraft.publish.confirm')}
      pending={isSubmitting}
      submitTestId="flow-publish-confirm"
    >
      <p className="dialog__text">{t('flowDraft.publish.body', { revision })}</p>
      <FormAlert error={failure} />
      {problems.length > 0 && (
        <div role="alert" className="alert alert--error">
          <p>{t('flowDraft.publish.refused', { count: problems.length })}</p>
          <ProblemsList
            problems={problems}
            value={value}
            onGo={(problem) => {
              onClose();
              onGo(problem);
            }}
          />
        </div>
      )}
      <TextAreaField
        label={t('flowDraft.publish.note')}
        hint={t('flowDraft.publish.noteHint')}
        registration={form.register('note')}
        error={errors.note}
        counter={{ count: (note ?? '').length, max: NOTE_MAX }}
        rows={3}
        data-testid="flow-publish-note"
      />
    </FormDialog>
  );
}
