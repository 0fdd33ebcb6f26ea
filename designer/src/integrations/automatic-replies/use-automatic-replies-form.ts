import type { AutomaticRepliesResponse, Locale, Template } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import {
  isUsable,
  sendTemplateResolver,
  TEMPLATE_FIELD,
  type SendTemplateFormValues,
} from '../../templates/send/send-template-form';
import { automaticRepliesQuery, updateAutomaticReplies } from './automatic-replies.api';
import {
  autoRepliesRequest,
  autoRepliesResolver,
  autoRepliesValues,
  replyKinds,
  rewordForLanguage,
  type AutoRepliesValues,
  type Wording,
} from './automatic-replies-form';
import { placeAutoRepliesIssues } from './auto-replies-issues';
import { fallbackChoices, fallbackRequest, fallbackValues } from './fallback-template-form';

/**
 * The automatic replies form and its fallback template's values (the send dialog's form), saved
 * together with one PUT; the API's issues go under the fields they name.
 */
export function useAutomaticRepliesForm(
  accountId: string,
  settings: AutomaticRepliesResponse,
  templates: readonly Template[] | null,
) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const wording = useMemo<Wording>(
    () => (language, kind) => i18n.getFixedT(language)(`autoReplies.defaults.${kind}`),
    [i18n],
  );
  const savedId = settings.fallbackTemplate?.templateId ?? null;
  const choices = useMemo(
    () => (templates ? fallbackChoices(templates, savedId) : null),
    [templates, savedId],
  );
  const form = useForm<AutoRepliesValues>({
    resolver: useMemo(() => autoRepliesResolver(t), [t]),
    defaultValues: autoRepliesValues(settings, wording),
  });
  const fallbackForm = useForm<SendTemplateFormValues>({
    resolver: useMemo(() => sendTemplateResolver(choices ?? [], t), [choices, t]),
    defaultValues: fallbackValues(
      settings.fallbackTemplate,
      choices?.find((c) => c.id === savedId),
    ),
  });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const language = useRef<Locale>(settings.language);
  const save = useMutation({
    mutationFn: (body: Parameters<typeof updateAutomaticReplies>[1]) =>
      updateAutomaticReplies(accountId, body),
    onSuccess: (next) => queryClient.setQueryData(automaticRepliesQuery(accountId).queryKey, next),
  });

  useEffect(() => {
    const subscription = form.watch(() => setSaved(false));
    return () => subscription.unsubscribe();
  }, [form]);

  /** A new language rewords the replies still in Parley's wording. */
  const onLanguageChange = (to: Locale) => {
    for (const kind of replyKinds)
      form.setValue(
        `${kind}.text`,
        rewordForLanguage(form.getValues(`${kind}.text`), kind, language.current, to, wording),
      );
    language.current = to;
  };

  /** The fallback to save: the chosen template with its values, or the saved one untouched. */
  const chosenFallback = async () => {
    const id = fallbackForm.getValues(TEMPLATE_FIELD);
    if (!id) return null;
    const template = choices?.find((c) => c.id === id);
    // The saved choice, unusable now or not listed: kept as it is (the warning says why).
    if (id === savedId && (!template || !isUsable(template))) return settings.fallbackTemplate;
    if (!template) return null;
    if (!(await fallbackForm.trigger(undefined, { shouldFocus: true }))) return undefined;
    return fallbackRequest(template, fallbackForm.getValues());
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const fallback = await chosenFallback();
    if (fallback === undefined) return;
    const { body, fieldOf } = autoRepliesRequest(values, fallback);
    try {
      const next = await save.mutateAsync(body);
      form.reset(autoRepliesValues(next, wording));
      language.current = next.language;
      const nextId = next.fallbackTemplate?.templateId;
      fallbackForm.reset(
        fallbackValues(
          next.fallbackTemplate,
          choices?.find((c) => c.id === nextId),
        ),
      );
      setSaved(true);
    } catch (e) {
      const error = toApiError(e);
      const placed = placeAutoRepliesIssues(error.issues, fieldOf);
      placed.settings.forEach(({ field, message }, i) =>
        form.setError(
          field as FieldPath<AutoRepliesValues>,
          { type: 'server', message },
          { shouldFocus: i === 0 },
        ),
      );
      placed.fallback.forEach(({ field, message }) =>
        fallbackForm.setError(field, { type: 'server', message }),
      );
      const shown = placed.settings.length + placed.fallback.length;
      setFailure(shown > 0 && placed.rest.length === 0 ? null : error);
    }
  });

  return { form, fallbackForm, choices, wording, onLanguageChange, onSubmit, failure, saved };
}
