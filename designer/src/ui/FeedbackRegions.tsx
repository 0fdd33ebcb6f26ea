import { FormAlert } from '../forms/FormAlert';
import type { Feedback } from './use-feedback';

/** The status and alert regions a list's actions report to; both always mounted, so changes are read. */
export function FeedbackRegions({ feedback }: { feedback: Feedback }) {
  return (
    <div className="feedback">
      <p role="status" className={feedback.message ? 'alert alert--success' : 'feedback__empty'}>
        {feedback.message}
      </p>
      <FormAlert error={feedback.error} />
    </div>
  );
}
