import { useCallback, useState } from 'react';
import { toApiError, type ApiError } from '../api/api-error';

export interface Feedback {
  /** The last success, for the polite status region. */
  message: string;
  /** The last failure, for the alert region. */
  error: ApiError | null;
  announce: (message: string) => void;
  fail: (error: unknown) => void;
}

/** The outcome of the last action on a list (a row's button), announced above the list. */
export function useFeedback(): Feedback {
  const [state, setState] = useState<{ message: string; error: ApiError | null }>({
    message: '',
    error: null,
  });
  const announce = useCallback((message: string) => setState({ message, error: null }), []);
  const fail = useCallback((error: unknown) => setState({ message: '', error: toApiError(error) }), []);
  return { ...state, announce, fail };
}
