import {
  libraryFileListSchema,
  libraryFileSchema,
  templateDeletionSchema,
  templateDetailSchema,
  templateGroupListSchema,
  templateGroupSchema,
  templateListSchema,
  templateSchema,
  templateSyncResultSchema,
  usableTemplatesSchema,
  type CreateTemplateInput,
  type EditTemplateInput,
  type TemplateMediaFormat,
} from '@parley/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, apiUpload, apiVoid, segment, withQuery, type UploadOptions } from '../api/http';

/** The engine's template, template group and file library routes. */

/** The start of every template list's query key, whatever its account. */
export const templateListsKey = ['templates', 'list'] as const;
/** The start of every template detail's query key. */
export const templateDetailsKey = ['templates', 'detail'] as const;

/** The templates of one WhatsApp account's WhatsApp Business Account, by group name then name. */
export const templatesQuery = (channelAccountId: string) =>
  queryOptions({
    queryKey: [...templateListsKey, channelAccountId] as const,
    queryFn: async ({ signal }) =>
      (await api('GET', withQuery('/api/templates', { channelAccountId }), templateListSchema, { signal }))
        .items,
  });

export const templateQuery = (id: string) =>
  queryOptions({
    queryKey: [...templateDetailsKey, id] as const,
    queryFn: ({ signal }) => api('GET', `/api/templates/${segment(id)}`, templateDetailSchema, { signal }),
  });

/** A template as a conversation may use it: null `unusableReason` when it can be sent now. */
export type UsableTemplate = z.infer<typeof usableTemplatesSchema>['items'][number];

/** The templates of a WhatsApp conversation's WhatsApp Business Account, each with why it can't be sent. */
export const conversationTemplatesQuery = (conversationId: string) =>
  queryOptions({
    queryKey: ['templates', 'conversation', conversationId] as const,
    queryFn: async ({ signal }) =>
      (
        await api('GET', `/api/conversations/${segment(conversationId)}/templates`, usableTemplatesSchema, {
          signal,
        })
      ).items,
  });

export const templateGroupsQuery = queryOptions({
  queryKey: ['template-groups'] as const,
  queryFn: async ({ signal }) =>
    (await api('GET', '/api/template-groups', templateGroupListSchema, { signal })).items,
});

export const libraryFilesKey = ['files'] as const;

/** The organisation's files that can be this kind of header, newest first. */
export const libraryFilesQuery = (format: TemplateMediaFormat) =>
  queryOptions({
    queryKey: [...libraryFilesKey, format] as const,
    queryFn: async ({ signal }) =>
      (await api('GET', withQuery('/api/files', { format }), libraryFileListSchema, { signal })).items,
  });

export const createTemplate = (body: CreateTemplateInput) =>
  api('POST', '/api/templates', templateSchema, { body });

export const editTemplate = (id: string, body: EditTemplateInput) =>
  api('PUT', `/api/templates/${segment(id)}`, templateSchema, { body });

/** When a deleted template's name and language can be used again (null: at once). */
export type TemplateDeletion = z.infer<typeof templateDeletionSchema>;

export const deleteTemplate = (id: string) =>
  api('DELETE', `/api/templates/${segment(id)}`, templateDeletionSchema);

export const setTemplateEnabled = (id: string, enabled: boolean) =>
  api('PUT', `/api/templates/${segment(id)}/enabled`, templateSchema, { body: { enabled } });

export const unpauseTemplate = (id: string) =>
  api('POST', `/api/templates/${segment(id)}/unpause`, templateSchema);

export const syncTemplates = (channelAccountId: string | undefined) =>
  api('POST', '/api/templates/sync', templateSyncResultSchema, {
    body: channelAccountId ? { channelAccountId } : {},
  });

export const createTemplateGroup = (name: string) =>
  api('POST', '/api/template-groups', templateGroupSchema, { body: { name } });

export const renameTemplateGroup = (id: string, name: string) =>
  api('PATCH', `/api/template-groups/${segment(id)}`, templateGroupSchema, { body: { name } });

export const deleteTemplateGroup = (id: string) => apiVoid('DELETE', `/api/template-groups/${segment(id)}`);

/** Puts a file from the person's computer into the library, reporting progress. */
export const uploadLibraryFile = (file: File, options: UploadOptions = {}) =>
  apiUpload(withQuery('/api/files', { filename: file.name }), file, libraryFileSchema, options);
