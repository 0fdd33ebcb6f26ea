import {
  contactProfileSchema,
  conversationEventListSchema,
  conversationNoteSchema,
  conversationRoutingSchema,
  listSchema,
  noteSchema,
  renderedCannedReplySchema,
  type CreateNote,
  type TransferConversation,
  type UpdateContact,
} from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, segment, withQuery } from '../api/http';

/**
 * The routes the thread works with besides messages: moving a conversation (assign, transfer,
 * close, reopen, snooze, back to automation), its ownership events and internal notes, the
 * contact's profile and notes, and filling in a canned reply.
 */

const conversationPath = (id: string) => `/api/conversations/${segment(id)}`;
const contactPath = (id: string) => `/api/contacts/${segment(id)}`;

/** Every cached read of this file starts with this key, apart from the inbox's own. */
const root = 'thread-work' as const;

export const threadWorkKeys = {
  events: (conversationId: string) => [root, 'events', conversationId] as const,
  notes: (conversationId: string) => [root, 'notes', conversationId] as const,
  contact: (contactId: string) => [root, 'contact', contactId] as const,
};

/* Ownership events and internal notes, oldest first. */

export const conversationEventsQuery = (conversationId: string) =>
  queryOptions({
    queryKey: threadWorkKeys.events(conversationId),
    queryFn: async ({ signal }) =>
      (
        await api('GET', `${conversationPath(conversationId)}/events`, conversationEventListSchema, {
          signal,
        })
      ).items,
    staleTime: 30_000,
  });

const noteList = listSchema(conversationNoteSchema);

/** The engine keeps at most this many notes per answer; a thread rarely has more. */
export const THREAD_NOTES_LIMIT = 500;

export const conversationNotesQuery = (conversationId: string) =>
  queryOptions({
    queryKey: threadWorkKeys.notes(conversationId),
    queryFn: async ({ signal }) =>
      (
        await api(
          'GET',
          withQuery(`${conversationPath(conversationId)}/notes`, { limit: THREAD_NOTES_LIMIT }),
          noteList,
          { signal },
        )
      ).items,
    staleTime: 30_000,
  });

/** An internal note in the thread: stored apart from the messages, never sent to the customer. */
export const addConversationNote = (conversationId: string, body: CreateNote) =>
  api('POST', `${conversationPath(conversationId)}/notes`, conversationNoteSchema, { body });

/* Moving the conversation: each answers who owns it now. */

export const assignConversation = (conversationId: string, userId: string) =>
  api('POST', `${conversationPath(conversationId)}/assign`, conversationRoutingSchema, { body: { userId } });

export const transferConversation = (conversationId: string, body: TransferConversation) =>
  api('POST', `${conversationPath(conversationId)}/transfer`, conversationRoutingSchema, { body });

export const closeConversation = (conversationId: string) =>
  api('POST', `${conversationPath(conversationId)}/close`, conversationRoutingSchema);

export const reopenConversation = (conversationId: string) =>
  api('POST', `${conversationPath(conversationId)}/reopen`, conversationRoutingSchema);

export const snoozeConversation = (conversationId: string, until: string) =>
  api('POST', `${conversationPath(conversationId)}/snooze`, conversationRoutingSchema, { body: { until } });

/** No owner and no team: automation answers again until the customer's next message routes it. */
export const returnToAutomation = (conversationId: string) =>
  api('POST', `${conversationPath(conversationId)}/return-to-automation`, conversationRoutingSchema);

/* The contact's profile. */

export const contactProfileQuery = (contactId: string) =>
  queryOptions({
    queryKey: threadWorkKeys.contact(contactId),
    queryFn: ({ signal }) => api('GET', contactPath(contactId), contactProfileSchema, { signal }),
    staleTime: 30_000,
  });

/** The language and/or the tags (which replace the old ones); answers the profile, normalised. */
export const updateContact = (contactId: string, body: UpdateContact) =>
  api('PATCH', contactPath(contactId), contactProfileSchema, { body });

export const addContactNote = (contactId: string, body: CreateNote) =>
  api('POST', `${contactPath(contactId)}/notes`, noteSchema, { body });

/* Canned replies (their list is `cannedRepliesQuery` of canned-replies/canned-replies.api.ts). */

/** The reply's text with its `{{variables}}` filled in for this conversation, by the engine. */
export const renderCannedReply = (cannedReplyId: string, conversationId: string) =>
  api(
    'POST',
    withQuery(`/api/canned-replies/${segment(cannedReplyId)}/render`, { conversationId }),
    renderedCannedReplySchema,
  );
