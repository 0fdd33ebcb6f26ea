import {
  conditionNodeSchema,
  ctaUrlNodeSchema,
  flowMediaKinds,
  flowTextSchema,
  listNodeSchema,
  replyButtonsNodeSchema,
  sendMessageNodeSchema,
  type FlowValidationContext,
} from '@parley/workflows/flows';

type Capabilities = FlowValidationContext['channels'][number]['capabilities'];
type MediaKind = (typeof flowMediaKinds)[number];

/** The schema's own counts (zod keeps array maxima out of its public API, a test pins them on the schema). */
export const schemaCounts = { buttons: 3, rows: 10, branches: 10, rules: 20, headers: 20, responseMap: 20 };

const frame = replyButtonsNodeSchema.shape;
const list = listNodeSchema.shape;
const media = sendMessageNodeSchema.shape.content.options[1];

/** The schema's maximum length of a string field (every field read here has one). */
const maxOf = (schema: { maxLength: number | null }): number => schema.maxLength ?? Number.POSITIVE_INFINITY;

/** What the panel counts texts and options against: the strictest channel's limits, else the schema's. */
export interface PanelLimits {
  /** The node's name (the schema's only: it is never sent). */
  label: number;
  branchLabel: number;
  text: number;
  body: number;
  header: number;
  footer: number;
  buttons: number;
  buttonTitle: number;
  listButtonLabel: number;
  sectionTitle: number;
  rows: number;
  rowTitle: number;
  rowDescription: number;
  ctaDisplayText: number;
  caption: Readonly<Record<MediaKind, number>>;
}

/**
 * The strictest limit across the channels the flow runs on (a channel without the feature is left
 * out: the validator says it cannot carry it), never above the schema's maximum.
 */
function strictest(
  context: FlowValidationContext | undefined,
  schemaMax: number,
  pick: (capabilities: Capabilities) => number | null | undefined,
): number {
  const limits = (context?.channels ?? []).map((channel) => pick(channel.capabilities));
  return Math.min(schemaMax, ...limits.filter((limit): limit is number => typeof limit === 'number'));
}

/** The limits the panel shows while the admin edits, from the channels in the validation context. */
export function panelLimits(context: FlowValidationContext | undefined): PanelLimits {
  const limit = (schemaMax: number, pick: (capabilities: Capabilities) => number | null | undefined) =>
    strictest(context, schemaMax, pick);
  const caption = media.shape.caption.unwrap();
  return {
    label: maxOf(frame.label.unwrap()),
    branchLabel: maxOf(conditionNodeSchema.shape.branches.element.shape.label.unwrap()),
    text: limit(maxOf(flowTextSchema), (c) => c.text.maxLength),
    body: limit(maxOf(frame.body), (c) => c.interactive.maxBodyLength),
    header: limit(maxOf(frame.header.unwrap()), (c) => c.interactive.maxHeaderLength),
    footer: limit(maxOf(frame.footer.unwrap()), (c) => c.interactive.maxFooterLength),
    buttons: limit(schemaCounts.buttons, (c) => c.replyButtons?.maxButtons),
    buttonTitle: limit(maxOf(frame.buttons.element.shape.title), (c) => c.replyButtons?.maxTitleLength),
    listButtonLabel: limit(maxOf(list.buttonLabel), (c) => c.list?.maxButtonLabelLength),
    sectionTitle: limit(maxOf(list.sectionTitle.unwrap()), (c) => c.list?.maxSectionTitleLength),
    rows: limit(schemaCounts.rows, (c) => c.list?.maxRows),
    rowTitle: limit(maxOf(list.rows.element.shape.title), (c) => c.list?.maxRowTitleLength),
    rowDescription: limit(
      maxOf(list.rows.element.shape.description.unwrap()),
      (c) => c.list?.maxRowDescriptionLength,
    ),
    ctaDisplayText: limit(maxOf(ctaUrlNodeSchema.shape.displayText), (c) => c.ctaUrl?.maxDisplayTextLength),
    caption: Object.fromEntries(
      flowMediaKinds.map((kind) => [kind, limit(maxOf(caption), (c) => c.media[kind]?.maxCaptionLength)]),
    ) as Record<MediaKind, number>,
  };
}
