import type { ComposerLimits, Conversation, Message } from '@parley/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type FieldError, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError, type ApiError } from '../../api/api-error';
import { newClientId } from '../../api/client-id';
import { TRANSLATED } from '../../forms/field-error-text';
import { useLocale } from '../../i18n/use-locale';
import { sendMessage } from '../messages.api';
import { composedMessage, sendMessageBody } from './composer-body';
import { composerIssues, isLiveIssue } from './composer-check';
import { composerIssueText } from './composer-issue-text';
import { composerLocked, windowClosedOf, type ServerLock } from './composer-lock';
import { emptyComposer, isBlank, type ComposerValues } from './composer-values';
import { splitServerIssues } from './server-issues';
import { useTypingSignal } from './use-typing-signal';

interface Options {
  conversation: Conversation;
  limits: ComposerLimits;
  replyTo: Message | null;
  now: Date;
  onSent: (message: Message) => void;
  onClearReply: () => void;
}

/** What the composer's field groups need: the form, its values and each field's problem. */
export interface ComposerFieldsProps {
  form: UseFormReturn<ComposerValues>;
  values: ComposerValues;
  limits: ComposerLimits;
  issueAt: (path: string) => FieldError | undefined;
  /** The conversation written in (canned replies are filled in for it). */
  conversationId: string;
}

/** Whether a failure may have reached the engine unanswered, so a retry must reuse the client id. */
const unanswered = (error: ApiError) => error.status === 0 || error.status >= 500;

/**
 * The composer's state: the draft, its checks against the channel's limits, the lock when only
 * templates may go, and sending (one client id per message, reused when a send is retried).
 */
export function useComposer({ conversation, limits, replyTo, now, onSent, onClearReply }: Options) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const form = useForm<ComposerValues>({ defaultValues: emptyComposer() });
  const values = form.watch();
  const [attempted, setAttempted] = useState(false);
  const [serverIssues, setServerIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [serverLock, setServerLock] = useState<ServerLock | null>(null);
  const [holding, setHolding] = useState(false);
  const [sending, setSending] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const retry = useRef<{ signature: string; clientId: string } | null>(null);
  const locked = composerLocked(conversation.window, now, serverLock);
  const typing = useTypingSignal(conversation.id, !locked);

  useEffect(() => {
    const subscription = form.watch((_, { name, type }) => {
      if (type !== 'change') return;
      if (name === 'mode') {
        setAttempted(false); // a new kind of message starts without "required" marks
        return;
      }
      typing();
      if (name)
        setServerIssues((issues) => {
          if (!issues.has(name)) return issues;
          const rest = new Map(issues);
          rest.delete(name);
          return rest;
        });
    });
    return () => subscription.unsubscribe();
  }, [form, typing]);

  const issues = composerIssues(values, limits);
  const issueAt = useCallback(
    (path: string): FieldError | undefined => {
      const server = serverIssues.get(path);
      if (server) return { type: 'server', message: server };
      const issue = issues.find((i) => i.path === path && (attempted || isLiveIssue(i)));
      return issue ? { type: TRANSLATED, message: composerIssueText(issue, t, locale) } : undefined;
    },
    [serverIssues, issues, attempted, t, locale],
  );

  const send = async (hold: boolean) => {
    const draft = form.getValues();
    if (draft.mode === 'text' && isBlank(draft.text)) return; // an Enter in an empty box
    const problems = composerIssues(draft, limits);
    const message = composedMessage(draft);
    if (problems.length > 0 || !message) {
      setAttempted(true);
      if (problems[0]) form.setFocus(problems[0].path as FieldPath<ComposerValues>);
      return;
    }
    const replyToMessageId = replyTo?.id;
    const signature = JSON.stringify({ message, replyToMessageId, hold });
    const clientId = retry.current?.signature === signature ? retry.current.clientId : newClientId();
    setSending(true);
    setFailure(null);
    setServerIssues(new Map());
    setAnnouncement('');
    try {
      const stored = await sendMessage(
        conversation.id,
        sendMessageBody(message, { clientId, replyToMessageId, holdIfClosed: hold }),
      );
      retry.current = null;
      // What was typed while it went out stays for the next message.
      if (JSON.stringify(composedMessage(form.getValues())) === JSON.stringify(message))
        form.reset(emptyComposer(draft.mode));
      setAttempted(false);
      setHolding(false);
      onClearReply();
      setAnnouncement(t(stored.status === 'held' ? 'composer.heldAnnounce' : 'composer.sentAnnounce'));
      onSent(stored);
    } catch (e) {
      const error = toApiError(e);
      retry.current = unanswered(error) ? { signature, clientId } : null;
      const closed = windowClosedOf(error);
      if (closed) setServerLock({ error: closed, expiresAt: conversation.window.expiresAt });
      else if (error.issues.length > 0) {
        const { onFields, rest } = splitServerIssues(error.issues, draft);
        setServerIssues(onFields);
        const first = [...onFields.keys()][0];
        if (first) form.setFocus(first as FieldPath<ComposerValues>);
        if (rest.length > 0 || onFields.size === 0) setFailure(error);
      } else setFailure(error);
    } finally {
      setSending(false);
    }
  };

  const hasDraft = composedMessage(values) !== null && !(values.mode === 'text' && isBlank(values.text));
  return {
    form,
    values,
    issueAt,
    locked,
    serverLock,
    holding,
    /** Write a message while the window is closed, to be sent once the customer answers. */
    startHolding: () => setHolding(true),
    sending,
    failure,
    announcement,
    hasDraft,
    send,
  };
}
