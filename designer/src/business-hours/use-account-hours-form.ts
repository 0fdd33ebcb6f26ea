import type { AutomaticRepliesResponse, ChannelAccount, UpdateAutomaticReplies } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../api/api-error';
import {
  automaticRepliesQuery,
  updateAutomaticReplies,
} from '../integrations/automatic-replies/automatic-replies.api';
import {
  accountHoursRequest,
  accountHoursResolver,
  accountHoursValues,
  placeAccountHoursIssues,
  type AccountHoursValues,
} from './account-hours-form';

/**
 * One account's business hours, saved with the automatic replies' PUT. The rest of the setting is
 * read again just before saving, so a change made meanwhile on the automatic replies screen is
 * kept rather than overwritten with what this page loaded.
 */
export function useAccountHoursForm(
  account: ChannelAccount,
  settings: AutomaticRepliesResponse,
  onSaved: (next: AutomaticRepliesResponse) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = automaticRepliesQuery(account.id);
  const form = useForm<AccountHoursValues>({
    resolver: useMemo(() => accountHoursResolver(settings, t), [settings, t]),
    defaultValues: accountHoursValues(settings),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  /** The refusal was about the account's other automatic replies, which only their screen changes. */
  const [otherSettings, setOtherSettings] = useState(false);
  const save = useMutation({
    mutationFn: (body: UpdateAutomaticReplies) => updateAutomaticReplies(account.id, body),
    onSuccess: (next) => queryClient.setQueryData(query.queryKey, next),
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    setOtherSettings(false);
    let { fieldOf } = accountHoursRequest(settings, values);
    try {
      const latest = await queryClient.fetchQuery({ ...query, staleTime: 0 });
      const request = accountHoursRequest(latest, values);
      fieldOf = request.fieldOf;
      onSaved(await save.mutateAsync(request.body));
    } catch (e) {
      const error = toApiError(e);
      const placed = placeAccountHoursIssues(error.issues, fieldOf, t);
      placed.fields.forEach(({ field, message }, i) =>
        form.setError(
          field as FieldPath<AccountHoursValues>,
          { type: 'server', message },
          { shouldFocus: i === 0 },
        ),
      );
      setOtherSettings(placed.rest.length > 0);
      setFailure(placed.fields.length > 0 && placed.rest.length === 0 ? null : error);
    }
  });

  return { form, failure, otherSettings, onSubmit };
}
