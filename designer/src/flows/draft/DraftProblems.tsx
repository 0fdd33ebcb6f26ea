import type { FlowProblem } from '@parley/workflows/flows';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/api-error';
import { errorText } from '../../errors/describe-error';
import type { DraftReading } from './draft-text';
import { ProblemsList } from './ProblemsList';

interface Props {
  reading: DraftReading;
  problems: readonly FlowProblem[] | null;
  context: Pick<UseQueryResult<unknown, ApiError>, 'isError' | 'error' | 'refetch'>;
  /** The problems the server found at the last save, while the live check can't run. */
  lastSaved: readonly FlowProblem[];
  onGo: (problem: FlowProblem) => void;
}

/** The Problems section: what stops the draft from being published, each a way to its place in the JSON. */
export function DraftProblems({ reading, problems, context, lastSaved, onGo }: Props) {
  const { t } = useTranslation();
  let content;
  if (reading.kind === 'not-json')
    content = <p className="muted">{t('flowDraft.problems.notJson', { line: reading.line })}</p>;
  else if (context.isError)
    content = (
      <>
        <p className="inline-error">
          {t('flowDraft.problems.contextFailed')} {context.error && errorText(context.error, t)}{' '}
          <button type="button" className="link-button" onClick={() => void context.refetch()}>
            {t('common.retry')}
          </button>
        </p>
        {lastSaved.length > 0 && (
          <>
            <p className="muted">{t('flowDraft.problems.lastSaved')}</p>
            <ProblemsList problems={lastSaved} value={reading.value} onGo={onGo} />
          </>
        )}
      </>
    );
  else if (problems === null) content = <p className="muted">{t('flowDraft.problems.checking')}</p>;
  else if (problems.length === 0)
    content = (
      <p className="flow-problems__none" data-testid="flow-problems-none">
        {t('flowDraft.problems.none')}
      </p>
    );
  else content = <ProblemsList problems={problems} value={reading.value} onGo={onGo} />;

  return (
    <section className="section flow-problems-section" aria-labelledby="flow-problems-heading">
      <h2 id="flow-problems-heading" className="section__title">
        {problems && problems.length > 0
          ? t('flowDraft.problems.titleCount', { count: problems.length })
          : t('flowDraft.problems.title')}
      </h2>
      {content}
    </section>
  );
}
