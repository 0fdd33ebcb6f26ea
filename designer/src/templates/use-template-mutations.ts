import type { SendTemplateInput, Template } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendMessage } from '../inbox/messages.api';
import {
  deleteTemplate,
  deleteTemplateGroup,
  renameTemplateGroup,
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

/** A template to send, and the client id that makes a retry of the same send go out once. */
export interface TemplateSend {
  body: SendTemplateInput;
  clientId: string;
}

/**
 * Sends a template into a conversation, as any message is sent; the stored message is the answer
 * (it also arrives live).
 */
export function useSendTemplate(conversationId: string) {
  return useMutation({
    mutationFn: ({ body, clientId }: TemplateSend) =>
      sendMessage(conversationId, { clientId, message: { type: 'template', ...body } }),
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
