import type { Conversation, Message } from '@parley/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactLabel } from '../../inbox/contact';
import { useCan } from '../../shell/use-session';
import { useFeedback } from '../../ui/use-feedback';
import { canSendTemplate } from './send-template-form';
import { SendTemplateDialog } from './SendTemplateDialog';

interface Props {
  conversation: Conversation;
  onSent: (message: Message) => void;
  /** 'primary' where a template is the only thing that can be sent (the window closed). */
  variant?: 'primary' | 'default';
  className?: string;
}

/**
 * "Send a template" for a WhatsApp thread, for people who may send messages: it opens the template
 * picker. A sent template is announced politely (the message itself appears in the thread) and
 * handed to `onSent` so the thread shows it before the live stream repeats it.
 */
export function SendTemplateButton({ conversation, onSent, variant = 'default', className }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const feedback = useFeedback();
  const permissions = { send: useCan('messages:send'), readTemplates: useCan('templates:read') };
  if (!canSendTemplate(conversation, permissions)) return null;
  return (
    <div className={className}>
      <button
        type="button"
        className={variant === 'primary' ? 'button button--primary' : 'button'}
        data-testid="send-template"
        onClick={() => {
          feedback.announce('');
          setOpen(true);
        }}
      >
        {t('templates.send.button')}
      </button>
      <p role="status" className="visually-hidden">
        {feedback.message}
      </p>
      {open && (
        <SendTemplateDialog
          conversation={conversation}
          onClose={() => setOpen(false)}
          onSent={(message, template) => {
            setOpen(false);
            feedback.announce(
              t('templates.send.sent', {
                name: template.name,
                contact: contactLabel(conversation, t('inbox.contact.unknown')),
              }),
            );
            onSent(message);
          }}
        />
      )}
    </div>
  );
}
