import { z } from 'zod';
import { graphPath } from '../graph-request.js';
import {
  authorizedCall,
  defined,
  nextCursor,
  pagingSchema,
  successSchema,
  validInput,
  type ManagementContext,
} from './management-request.js';
import {
  templateDefinitionSchema,
  templateEditSchema,
  type TemplateDefinition,
  type TemplateEdit,
} from './template.schema.js';

const templateFields = 'id,name,language,status,category,components,rejected_reason,parameter_format';

const templateInfoSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    language: z.string(),
    status: z.string(),
    category: z.string(),
    rejected_reason: z.string().optional(),
    parameter_format: z.string().optional(),
    components: z.array(z.record(z.string(), z.unknown())).default([]),
  })
  .transform(({ rejected_reason, parameter_format, ...info }) => ({
    ...info,
    ...(rejected_reason === undefined || rejected_reason === 'NONE'
      ? {}
      : { rejectedReason: rejected_reason }),
    ...(parameter_format === undefined ? {} : { parameterFormat: parameter_format }),
  }));
/** A template as Meta reports it; `rejectedReason` only when Meta gives one other than NONE. */
export type TemplateInfo = z.infer<typeof templateInfoSchema>;

export interface CreatedTemplate {
  id: string;
  status: string;
  category: string;
}

export interface TemplateListFilter {
  status?: string;
  name?: string;
  category?: string;
  language?: string;
  /** Page size; Meta's default is 25. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  after?: string;
}

/** How many pages `listAllTemplates` reads at most: 100 pages of 100 is far beyond Meta's WABA limits. */
export const MAX_TEMPLATE_PAGES = 100;

export interface TemplatePage {
  templates: TemplateInfo[];
  nextCursor?: string;
}

const createdSchema = z.object({ id: z.string().min(1), status: z.string(), category: z.string() });
const pageSchema = z.object({ data: z.array(templateInfoSchema), paging: pagingSchema });

export function templatesApi(context: ManagementContext) {
  const api = {
    /** `POST /{waba-id}/message_templates`: submits a template for review. */
    async createTemplate(wabaId: string, template: TemplateDefinition): Promise<CreatedTemplate> {
      const body = validInput(templateDefinitionSchema, template, 'template');
      return authorizedCall(
        context,
        { method: 'POST', path: graphPath(wabaId, 'message_templates'), body },
        createdSchema,
      );
    },
    /** `POST /{template-id}`: edits an APPROVED, REJECTED or PAUSED template (it goes back to review). */
    async editTemplate(templateId: string, edit: TemplateEdit): Promise<void> {
      const body = validInput(templateEditSchema, edit, 'template edit');
      await authorizedCall(context, { method: 'POST', path: graphPath(templateId), body }, successSchema);
    },
    /** `POST /{template-id}/unpause`: a PAUSED template goes back to APPROVED (Meta then sends a status webhook). */
    async unpauseTemplate(templateId: string): Promise<void> {
      await authorizedCall(
        context,
        { method: 'POST', path: graphPath(templateId, 'unpause') },
        successSchema,
      );
    },
    /** `DELETE /{waba-id}/message_templates?name=&hsm_id=`: one language (with the id) or every language of a name. */
    async deleteTemplate(wabaId: string, target: { name: string; templateId?: string }): Promise<void> {
      const query = defined({ name: target.name, hsm_id: target.templateId });
      await authorizedCall(
        context,
        { method: 'DELETE', path: graphPath(wabaId, 'message_templates'), query },
        successSchema,
      );
    },
    /** `GET /{waba-id}/message_templates` with filters and cursor paging. */
    async listTemplates(wabaId: string, filter: TemplateListFilter = {}): Promise<TemplatePage> {
      const query = defined({ fields: templateFields, ...filter });
      const page = await authorizedCall(
        context,
        { method: 'GET', path: graphPath(wabaId, 'message_templates'), query },
        pageSchema,
      );
      return { templates: page.data, ...nextCursor(page.paging) };
    },
    /**
     * Every template of the WABA matching the filter, following the cursor page by page (100 per
     * page), e.g. to import a connected WABA's templates. Stops after MAX_TEMPLATE_PAGES pages.
     */
    async listAllTemplates(
      wabaId: string,
      filter: Omit<TemplateListFilter, 'after' | 'limit'> = {},
    ): Promise<TemplateInfo[]> {
      const templates: TemplateInfo[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_TEMPLATE_PAGES; page += 1) {
        const next = await api.listTemplates(wabaId, { ...filter, limit: 100, ...defined({ after }) });
        templates.push(...next.templates);
        after = next.nextCursor;
        if (after === undefined) break;
      }
      return templates;
    },
    /** `GET /{template-id}`: status, category, rejection reason and components. */
    async getTemplate(templateId: string): Promise<TemplateInfo> {
      return authorizedCall(
        context,
        { method: 'GET', path: graphPath(templateId), query: { fields: templateFields } },
        templateInfoSchema,
      );
    },
  };
  return api;
}
