import type { Message, SendTemplateInput, Template } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messagesKey } from '../inbox/inbox.api';
import {
  createTemplateGroup,
  deleteTemplate,
  deleteTemplateGroup,
  renameTemplateGroup,
  sendTemplate,
  setTemplateEnabled,
  syncTemplates,
  templateGroupsQuery,
  templateListsKey,
  unpauseTemplate,
} from './templates.api';
import { refreshTemplates, templateChanged, templateDeleted } from './templates.cache';

/** Turns a template on or off in Parley; the new state shows everywhere it is cached. */
export function useSetTemplateEnabled(id: string, onChanged?: (template: Template) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => setTemplateEnabled(id, enabled),
    onSuccess: async (template) => {
      onChanged?.(template);
      await templateChanged(queryClient, template);
    },
  });
}

export function useUnpauseTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unpauseTemplate(id),
    onSuccess: (template) => templateChanged(queryClient, template),
  });
}

export function useDeleteTemplate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteTemplate(id),
    onSuccess: () => templateDeleted(queryClient, id),
  });
}

/** A template to send, and the key that makes a retry of the same send go out once. */
export interface TemplateSend {
  body: SendTemplateInput;
  idempotencyKey: string;
}

/**
 * Sends a template into a conversation. The stored message is handed to `onSent` (it also
 * arrives on the live stream) and the thread's cached pages are read afresh next time.
 */
export function useSendTemplate(conversationId: string, onSent?: (message: Message) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: TemplateSend) =>
      sendTemplate(conversationId, body, idempotencyKey),
    onSuccess: async (message) => {
      onSent?.(message);
      await queryClient.invalidateQueries({ queryKey: messagesKey(conversationId) });
    },
  });
}

/** Imports and refreshes the templates of one account's WhatsApp Business Account. */
export function useSyncTemplates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (channelAccountId: string) => syncTemplates(channelAccountId),
    onSuccess: () => refreshTemplates(queryClient),
  });
}

/** After a group changes, its name shows on the templates in it and in the counts. */
function useGroupsChanged() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: templateGroupsQuery.queryKey }),
      queryClient.invalidateQueries({ queryKey: templateListsKey }),
    ]);
}

export function useCreateTemplateGroup() {
  const changed = useGroupsChanged();
  return useMutation({ mutationFn: createTemplateGroup, onSuccess: changed });
}

export function useRenameTemplateGroup(id: string) {
  const changed = useGroupsChanged();
  return useMutation({ mutationFn: (name: string) => renameTemplateGroup(id, name), onSuccess: changed });
}

export function useDeleteTemplateGroup(id: string, onDeleted: () => void) {
  const changed = useGroupsChanged();
  return useMutation({
    mutationFn: () => deleteTemplateGroup(id),
    onSuccess: async () => {
      onDeleted();
      await changed();
    },
  });
}
