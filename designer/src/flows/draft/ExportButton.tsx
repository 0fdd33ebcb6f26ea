import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../ui/use-feedback';
import { exportFlow } from '../flows.api';
import { downloadJson, flowFileName } from './download';

/** Downloads the flow as `<name>.parley-flow.json`, the file Import takes. */
export function ExportButton({
  flowId,
  name,
  feedback,
}: {
  flowId: string;
  name: string;
  feedback: Feedback;
}) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => exportFlow(flowId),
    onSuccess: (document) => {
      downloadJson(document, flowFileName(document.name));
      feedback.announce(t('flowDraft.export.done', { file: flowFileName(document.name) }));
    },
    onError: feedback.fail,
  });
  return (
    <button
      type="button"
      className="button"
      onClick={() => download.mutate()}
      disabled={download.isPending}
      data-testid="flow-export"
    >
      {t('flowDraft.export.button')}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
