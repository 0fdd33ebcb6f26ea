import {
  flowDropReasons,
  flowGraphSchema,
  flowRules,
  type FlowValidationContext,
} from '@parley/workflows/flows';
import { z } from 'zod';
import { channelIdSchema } from '../channels/channel-account.schema.js';
import { isoDateTime, personRefSchema } from '../common.schema.js';

export { flowGraphSchema };
export const flowNameSchema = z.string().trim().min(1, 'write a name').max(80, 'at most 80 characters');
const descriptionSchema = z.string().trim().max(500, 'at most 500 characters');

/** One validator problem, pinned on a node and field (the designer shows it there). */
export const flowProblemSchema = z.object({
  nodeId: z.string().nullable(),
  path: z.array(z.union([z.string(), z.number()])),
  rule: z.enum(flowRules),
  message: z.string(),
});
export type FlowProblemResponse = z.infer<typeof flowProblemSchema>;

export const flowStatusSchema = z.enum(['draft', 'active', 'inactive']);

/** A flow in the list: its name, published version, where it is active, and the draft's state. */
export const flowSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  /** `draft`: never published; `active`: published and on at least one channel account. */
  status: flowStatusSchema,
  /** The version new conversations run (the latest published), or null. */
  publishedVersion: z.number().int().nullable(),
  /** The draft differs from the published version. */
  unpublishedChanges: z.boolean(),
  channelAccountIds: z.array(z.uuid()),
  /** How many problems the draft has (0: it can be published). */
  problemCount: z.number().int(),
  runningCount: z.number().int(),
  updatedAt: isoDateTime,
  updatedBy: personRefSchema.nullable(),
});
export type FlowSummary = z.infer<typeof flowSummarySchema>;

export const flowDetailSchema = flowSummarySchema.extend({
  draft: z.object({
    graph: flowGraphSchema,
    /** Optimistic concurrency: a save names the revision it was made on. */
    revision: z.number().int(),
  }),
  problems: z.array(flowProblemSchema),
});
export type FlowDetail = z.infer<typeof flowDetailSchema>;

export const createFlowSchema = z.object({
  name: flowNameSchema,
  description: descriptionSchema.default(''),
  /** A starting graph; a lone "new conversation" trigger when absent. */
  graph: flowGraphSchema.optional(),
});
export type CreateFlow = z.input<typeof createFlowSchema>;

/** Saves the draft (autosave): refused with 409 STALE_REVISION when someone saved since `revision`. */
export const saveFlowDraftSchema = z.object({
  revision: z.number().int().min(0),
  graph: flowGraphSchema,
  name: flowNameSchema.optional(),
  description: descriptionSchema.optional(),
});
export type SaveFlowDraft = z.input<typeof saveFlowDraftSchema>;

/** The body of a 409 on a stale save: the revision to reload. */
export const staleRevisionSchema = z.object({
  code: z.literal('STALE_REVISION'),
  message: z.string(),
  currentRevision: z.number().int(),
});

export const publishFlowSchema = z.object({
  revision: z.number().int().min(0),
  note: z.string().trim().max(500, 'at most 500 characters').default(''),
});
export type PublishFlow = z.input<typeof publishFlowSchema>;

/** The body of a 422 on publishing an invalid draft. */
export const flowInvalidSchema = z.object({
  code: z.literal('FLOW_INVALID'),
  message: z.string(),
  problems: z.array(flowProblemSchema),
});

export const flowVersionSummarySchema = z.object({
  version: z.number().int(),
  note: z.string(),
  publishedAt: isoDateTime,
  publishedBy: personRefSchema.nullable(),
  /** Published as a rollback to this version. */
  rolledBackFrom: z.number().int().nullable(),
  /** The version new conversations start in. */
  current: z.boolean(),
  runningCount: z.number().int(),
});
export type FlowVersionSummary = z.infer<typeof flowVersionSummarySchema>;

export const flowVersionSchema = flowVersionSummarySchema.extend({ graph: flowGraphSchema });

/** A version number in a path (`/versions/2`). */
export const flowVersionNumberSchema = z.coerce.number().int().min(1);
export type FlowVersion = z.infer<typeof flowVersionSchema>;

/** `?from=1&to=2` (`to=draft` compares with the draft). */
export const flowDiffQuerySchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.union([z.literal('draft'), z.coerce.number().int().min(1)]),
});

/** What changed between two graphs, node by node and edge by edge. */
export const flowDiffSchema = z.object({
  from: z.number().int(),
  to: z.union([z.literal('draft'), z.number().int()]),
  nodes: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    /** Nodes whose settings changed, with the changed field paths (`buttons.1.title`); moves are `position`. */
    changed: z.array(z.object({ id: z.string(), fields: z.array(z.string()) })),
  }),
  edges: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  settingsChanged: z.boolean(),
});
export type FlowDiff = z.infer<typeof flowDiffSchema>;

export const rollbackFlowSchema = z.object({
  version: z.number().int().min(1),
  note: z.string().trim().max(500).default(''),
});

export const duplicateFlowSchema = z.object({ name: flowNameSchema.optional() });

/** A flow as a file: what export gives and import takes. */
export const flowDocumentSchema = z.object({
  format: z.literal('parley-flow'),
  name: flowNameSchema,
  description: descriptionSchema.default(''),
  graph: flowGraphSchema,
  exportedAt: isoDateTime.optional(),
});
export type FlowDocument = z.infer<typeof flowDocumentSchema>;

export const importFlowSchema = z.object({
  document: flowDocumentSchema,
  /** Overrides the document's name. */
  name: flowNameSchema.optional(),
});

/** Where the published flow listens; an empty list turns it off. Needs a published version. */
export const flowActivationSchema = z.object({
  channelAccountIds: z.array(z.uuid()).max(100),
});

export const flowDropReasonSchema = z.enum(flowDropReasons);

/** `?version=&from=&to=`: one version's runs that started in the period. */
export const flowAnalyticsQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
});

export const flowNodeAnalyticsSchema = z.object({
  nodeId: z.string(),
  nodeType: z.string(),
  label: z.string().nullable(),
  entered: z.number().int(),
  /** Runs that left by each output. */
  completed: z.record(z.string(), z.number().int()),
  dropped: z.record(flowDropReasonSchema, z.number().int()),
  /** Runs resting in the node now (waiting for a reply or a timer). */
  waiting: z.number().int(),
  /** Median time from entering to leaving, in milliseconds; null with no exits. */
  medianMs: z.number().nullable(),
});

export const flowAnalyticsSchema = z.object({
  version: z.number().int(),
  runs: z.object({
    started: z.number().int(),
    running: z.number().int(),
    completed: z.number().int(),
    assigned: z.number().int(),
    dropped: z.number().int(),
  }),
  nodes: z.array(flowNodeAnalyticsSchema),
});
export type FlowAnalytics = z.infer<typeof flowAnalyticsSchema>;

export const flowRunStatusSchema = z.enum(['running', 'completed', 'assigned', 'dropped']);

/** The channels whose customers are the sandbox's (the WhatsApp sandbox, the Telegram stand-in): test runs go there. */
export const flowTestChannelsSchema = z.object({ channels: z.array(channelIdSchema) });

/** Runs the draft against one of the sandbox's customers (a conversation on a sandbox account). */
export const startFlowTestRunSchema = z.object({ conversationId: z.uuid() });

export const flowTraceStepSchema = z.object({
  seq: z.number().int(),
  nodeId: z.string(),
  nodeType: z.string(),
  enteredAt: isoDateTime,
  exitedAt: isoDateTime.nullable(),
  port: z.string().nullable(),
  dropReason: flowDropReasonSchema.nullable(),
  input: z.unknown().optional(),
  output: z.unknown().optional(),
  effects: z.unknown().optional(),
});

export const flowRunSchema = z.object({
  id: z.uuid(),
  flowId: z.uuid(),
  version: z.number().int().nullable(),
  test: z.boolean(),
  conversationId: z.uuid(),
  status: flowRunStatusSchema,
  dropReason: flowDropReasonSchema.nullable(),
  detail: z.string().nullable(),
  /** The node it rests in, while running. */
  currentNodeId: z.string().nullable(),
  startedAt: isoDateTime,
  endedAt: isoDateTime.nullable(),
  steps: z.array(flowTraceStepSchema),
});
export type FlowRunResponse = z.infer<typeof flowRunSchema>;

/** `?test=true&limit=20`: a flow's latest runs, newest first (the test panel finds its runs so). */
export const listFlowRunsQuerySchema = z.object({
  test: z.stringbool().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Allowed hosts for HTTP request nodes, and the names of the secrets they may use (values never leave). */
export const flowSettingsResponseSchema = z.object({
  allowedHosts: z.array(z.string()),
  secrets: z.array(z.object({ name: z.string(), updatedAt: isoDateTime })),
});
export type FlowSettingsResponse = z.infer<typeof flowSettingsResponseSchema>;

/** `api.example.com`, or `*.example.com` for its subdomains. */
export const allowedHostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}(:\d{1,5})?$|^(localhost|127\.0\.0\.1)(:\d{1,5})?$/,
    'a host name such as api.example.com or *.example.com',
  );

export const updateFlowHostsSchema = z.object({ allowedHosts: z.array(allowedHostSchema).max(50) });

export const secretNameSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,39}$/, 'use upper-case letters, digits and "_", starting with a letter');
export const setFlowSecretSchema = z.object({ value: z.string().min(1, 'write the value').max(4096) });

/** What the validator checks a flow against, for the editor to run the same validator live. */
export const flowValidationContextSchema = z.object({
  channels: z.array(
    z.object({
      channelAccountId: z.string(),
      channelName: z.string(),
      capabilities: z.custom<FlowValidationContext['channels'][number]['capabilities']>(
        (value) => typeof value === 'object' && value !== null,
      ),
    }),
  ),
  templates: z.array(
    z.object({
      name: z.string(),
      language: z.string(),
      usable: z.boolean(),
      status: z.string(),
      bodyParameters: z.number().int(),
      headerParameters: z.number().int(),
    }),
  ),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  agents: z.array(z.object({ id: z.string(), name: z.string() })),
  flows: z.array(z.object({ id: z.string(), name: z.string(), published: z.boolean() })),
  secrets: z.array(z.string()),
  allowedHosts: z.array(z.string()),
}) satisfies z.ZodType<FlowValidationContext>;

/** `?flowId=`: the context one flow is checked against (its channels); a new flow's without it. */
export const flowValidationContextQuerySchema = z.object({ flowId: z.uuid().optional() });
