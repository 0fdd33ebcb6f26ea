import type { CannedReply, CannedReplyInput } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../api/api-error';
import type { Translate } from '../i18n/translate';
import { createCannedReply, updateCannedReply } from './canned-replies.api';
import { cannedReplySaved } from './canned-replies.cache';
import {
  cannedReplyField,
  cannedReplyResolver,
  cannedReplyValues,
  type CannedReplyFormValues,
} from './canned-reply-form';

/** The engine's code for a shortcut another canned reply of the organisation has. */
const SHORTCUT_TAKEN = 'SHORTCUT_TAKEN';

/**
 * A refused save on the form: a taken shortcut under the shortcut, the API's issues under the
 * fields they name; returns the error for the form's alert when anything is left over, else null.
 */
export function reportCannedReplyFailure(
  failure: unknown,
  setError: UseFormSetError<CannedReplyFormValues>,
  t: Translate,
): ApiError | null {
  const error = toApiError(failure);
  if (error.code === SHORTCUT_TAKEN) {
    setError(
      'shortcut',
      { type: 'server', message: t('settingsWork.cannedReplies.issue.shortcutTaken') },
      { shouldFocus: true },
    );
    return null;
  }
  let placed = 0;
  let rest = 0;
  for (const issue of error.issues) {
    const field = cannedReplyField(issue.path);
    if (field === null) rest += 1;
    else setError(field, { type: 'server', message: issue.message }, { shouldFocus: placed++ === 0 });
  }
  return placed > 0 && rest === 0 ? null : error;
}

/** The create or edit form of a canned reply, saved with POST or PUT into the cached list. */
export function useCannedReplyForm(reply: CannedReply | null, onSaved: (reply: CannedReply) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: CannedReplyInput) =>
      reply ? updateCannedReply(reply.id, body) : createCannedReply(body),
    onSuccess: (saved) => cannedReplySaved(queryClient, saved),
  });
  const form = useForm<CannedReplyFormValues, unknown, CannedReplyInput>({
    resolver: useMemo(() => cannedReplyResolver(t), [t]),
    defaultValues: cannedReplyValues(reply),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);

  const onSubmit = form.handleSubmit(async (body) => {
    setFailure(null);
    try {
      onSaved(await save.mutateAsync(body));
    } catch (e) {
      setFailure(reportCannedReplyFailure(e, form.setError, t));
    }
  });

  return { form, failure, onSubmit };
}
