import type { Conversation, Message } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import { newClientId } from '../../api/client-id';
import { TemplatePrice } from '../../credits/price/TemplatePrice';
import { useMessagePrice } from '../../credits/price/use-message-price';
import { errorText } from '../../errors/describe-error';
import { FormAlert } from '../../forms/FormAlert';
import { reportToForm } from '../../forms/report-to-form';
import { useLocale } from '../../i18n/use-locale';
import { Dialog } from '../../ui/Dialog';
import { StatePanel } from '../../ui/StatePanel';
import { TemplatePreview } from '../preview/TemplatePreview';
import { conversationTemplatesQuery, type UsableTemplate } from '../templates.api';
import { useSendTemplate } from '../use-template-mutations';
import { ParameterFields } from './ParameterFields';
import {
  blankValues,
  onFormFields,
  parameterFields,
  previewOf,
  reportableFields,
  sendTemplateBody,
  sendTemplateResolver,
  isUsable,
  sortForChoice,
  TEMPLATE_FIELD,
  unusableReasons,
  type SendTemplateFormValues,
} from './send-template-form';
import { TemplateChoices } from './TemplateChoices';

interface Props {
  conversation: Conversation;
  onSent: (message: Message, template: UsableTemplate) => void;
  onClose: () => void;
}

/** Codes after which the templates' usability may have changed: the list is read again. */
const staleChoice = new Set<string>(['NOT_FOUND', ...unusableReasons]);

function SendForm({
  conversation,
  templates,
  onSent,
  onClose,
  onStale,
}: Props & { templates: UsableTemplate[]; onStale: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const resolver = useMemo(() => sendTemplateResolver(templates, t), [templates, t]);
  const form = useForm<SendTemplateFormValues>({ resolver, defaultValues: { [TEMPLATE_FIELD]: '' } });
  const { errors, isSubmitting } = form.formState;
  const [failure, setFailure] = useState<ApiError | null>(null);
  /** The client id of a send that may have reached the engine unanswered: sending it again reuses it. */
  const unanswered = useRef<{ signature: string; clientId: string } | null>(null);
  const send = useSendTemplate(conversation.id);

  const values = form.watch();
  const chosen = templates.find((c) => c.id === values[TEMPLATE_FIELD] && isUsable(c));
  const fields = chosen?.content ? parameterFields(chosen.content) : [];
  const price = useMessagePrice(conversation, chosen?.id ?? null, chosen !== undefined);
  const short = chosen !== undefined && price.data?.sufficient === false;

  const choose = form.register(TEMPLATE_FIELD, {
    onChange: (e: { target: { value: string } }) => {
      const template = templates.find((c) => c.id === e.target.value);
      setFailure(null);
      form.reset(blankValues(e.target.value, template?.content ?? null));
    },
  });

  const onSubmit = form.handleSubmit(async (submitted) => {
    const template = templates.find((c) => c.id === submitted[TEMPLATE_FIELD]);
    if (!template) return;
    const body = sendTemplateBody(template, submitted);
    const signature = JSON.stringify(body);
    const clientId =
      unanswered.current?.signature === signature ? unanswered.current.clientId : newClientId();
    setFailure(null);
    try {
      const message = await send.mutateAsync({ body, clientId });
      onSent(message, template);
    } catch (e) {
      const error = toApiError(e);
      // Only a send the engine may have taken without answering is retried under its id; after an
      // answer (even a refusal, recorded on a failed message) a new attempt is a new message.
      unanswered.current = error.status === 0 || error.status >= 500 ? { signature, clientId } : null;
      if (staleChoice.has(error.code)) onStale();
      setFailure(reportToForm(onFormFields(e, template, t), form.setError, reportableFields(template)));
    }
  });

  const view = chosen ? previewOf(chosen, values) : null;
  return (
    <form className="form send-template" onSubmit={(e) => void onSubmit(e)} noValidate>
      <FormAlert error={failure} />
      <p className="field__hint">{t('templates.send.intro')}</p>
      <div className="send-template__layout">
        <div className="send-template__fields">
          <TemplateChoices
            templates={templates}
            registration={choose}
            error={errors[TEMPLATE_FIELD]}
            locale={locale}
          />
          {chosen ? (
            <ParameterFields key={chosen.id} fields={fields} register={form.register} errors={errors} />
          ) : (
            <p className="muted">{t('templates.send.chooseFirst')}</p>
          )}
        </div>
        {chosen && <TemplatePreview view={view} hint={false} />}
      </div>
      {chosen && <TemplatePrice price={price} />}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={isSubmitting || short}>
          {isSubmitting ? t('templates.send.sending') : t('templates.send.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Send a template": the conversation's templates (those that can't be sent now disabled, with
 * why), a field per variable of the chosen one, a live preview, and Send.
 */
export function SendTemplateDialog({ conversation, onSent, onClose }: Props) {
  const { t } = useTranslation();
  const query = useQuery(conversationTemplatesQuery(conversation.id));
  const templates = useMemo(() => (query.data ? sortForChoice(query.data) : null), [query.data]);

  let content;
  if (templates === null) {
    content = query.isError ? (
      <StatePanel
        tone="error"
        title={t('templates.loadFailed')}
        body={errorText(query.error, t)}
        onRetry={() => void query.refetch()}
      />
    ) : (
      <StatePanel tone="loading" title={t('templates.send.loading')} />
    );
  } else if (templates.length === 0) {
    content = (
      <StatePanel title={t('templates.send.empty')}>
        <Link className="button" to="/templates" search={{ account: conversation.channelAccount.id }}>
          {t('templates.send.openTemplates')}
        </Link>
      </StatePanel>
    );
  } else {
    content = (
      <SendForm
        conversation={conversation}
        templates={templates}
        onSent={onSent}
        onClose={onClose}
        onStale={() => void query.refetch()}
      />
    );
  }

  return (
    <Dialog title={t('templates.send.title')} size="wide" onClose={onClose}>
      {content}
    </Dialog>
  );
}
