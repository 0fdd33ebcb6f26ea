import type { FlowRunResponse } from '@parley/contracts';
import { useTranslation } from 'react-i18next';

type Step = FlowRunResponse['steps'][number];
const parts = ['input', 'output', 'effects'] as const;

/** What a test step saw, gave and did, each as JSON behind its own disclosure. */
export function TraceData({ step }: { step: Step }) {
  const { t } = useTranslation();
  const shown = parts.filter((part) => step[part] !== undefined);
  if (shown.length === 0) return null;
  return (
    <div className="flow-trace__data">
      {shown.map((part) => (
        <details key={part} className="flow-trace__details" data-testid={`flow-trace-${part}`}>
          <summary>{t(`flowTest.trace.${part}`)}</summary>
          <pre className="flow-json__read-only">{JSON.stringify(step[part], null, 2)}</pre>
        </details>
      ))}
    </div>
  );
}
