import { type InferEntity, defineEntity, p } from '@mikro-orm/core';
import { whatsappSignupStatuses } from '@parley/contracts';
import { PortableBoolean } from '../portable-boolean.type.js';
import { Organisation, User } from './people.entities.js';

/**
 * A business's account on a channel: a WhatsApp number of a WABA, or a Telegram bot. Webhooks find
 * it by the platform's id; its credentials are encrypted (AES-256-GCM). Disconnecting keeps the row
 * (its conversations stay) and wipes the credentials.
 */
export const ChannelAccount = defineEntity({
  name: 'ChannelAccount',
  tableName: 'channel_accounts',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation).index(),
    channel: p.string().length(32),
    name: p.string().length(80),
    /** WhatsApp: the phone number id; Telegram: the bot id. */
    platformAccountId: p.string().length(64),
    /** WhatsApp: the WABA id (template webhooks are addressed to it). */
    parentAccountId: p.string().length(64).nullable(),
    /** What the platform says about the account (display number, bot username, …). */
    details: p.json<Record<string, unknown>>(),
    /** The account's credentials (access token, bot token…), sealed; null once disconnected. */
    credentials: p.text().nullable(),
    /** Per-account webhook routing (Telegram): the random path segment of its webhook URL. */
    webhookKey: p.string().length(64).nullable().unique(),
    enabled: p.type(PortableBoolean),
    connectedAt: p.datetime(),
    connectedBy: () => p.manyToOne(User).nullable(),
    disabledAt: p.datetime().nullable(),
    disabledBy: () => p.manyToOne(User).nullable(),
    disconnectedAt: p.datetime().nullable(),
    /** Greeting, away message, business hours and fallback template (`automaticRepliesSchema`); null: none. */
    automaticReplies: p.json<Record<string, unknown>>().nullable(),
    automaticRepliesUpdatedAt: p.datetime().nullable(),
    automaticRepliesUpdatedBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['channel', 'platformAccountId'] }],
  indexes: [{ properties: ['channel', 'parentAccountId'] }],
});
export type ChannelAccount = InferEntity<typeof ChannelAccount>;

/**
 * A customer on one channel account, with every identity the platform gave: the platform id
 * (WhatsApp wa_id, Telegram chat id) and WhatsApp's business-scoped user id. Either may be absent,
 * never both; each is unique within the account, so the same person is never stored twice.
 */
export const Contact = defineEntity({
  name: 'Contact',
  tableName: 'contacts',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    channelAccount: () => p.manyToOne(ChannelAccount),
    platformId: p.string().length(64).nullable(),
    userId: p.string().length(160).nullable(),
    parentUserId: p.string().length(160).nullable(),
    username: p.string().length(64).nullable(),
    name: p.string().length(256).nullable(),
    /** The contact's language (a BCP 47 tag, e.g. `ja`), set by an agent; null when unknown. */
    language: p.string().length(35).nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['channelAccount', 'platformId'] }, { properties: ['channelAccount', 'userId'] }],
});
export type Contact = InferEntity<typeof Contact>;

/** A tag on a contact, normalised (NFKC, trimmed, lower-cased), once per contact. */
export const ContactTag = defineEntity({
  name: 'ContactTag',
  tableName: 'contact_tags',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    contact: () => p.manyToOne(Contact).deleteRule('cascade'),
    tag: p.string().length(64),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['contact', 'tag'] }],
  // The inbox's tag filter: the organisation's contacts with this tag.
  indexes: [{ properties: ['organisation', 'tag', 'contact'] }],
});
export type ContactTag = InferEntity<typeof ContactTag>;

/** An agent's note on a contact's profile (never sent to the customer). */
export const ContactNote = defineEntity({
  name: 'ContactNote',
  tableName: 'contact_notes',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    contact: () => p.manyToOne(Contact).deleteRule('cascade'),
    author: () => p.manyToOne(User).nullable().deleteRule('set null'),
    text: p.text(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['contact', 'createdAt'] }],
});
export type ContactNote = InferEntity<typeof ContactNote>;

/** A saved reply agents insert by its shortcut; `{{contact.name}}`-style variables render server-side. */
export const CannedReply = defineEntity({
  name: 'CannedReply',
  tableName: 'canned_replies',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    shortcut: p.string().length(32),
    title: p.string().length(120),
    text: p.text(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['organisation', 'shortcut'] }],
});
export type CannedReply = InferEntity<typeof CannedReply>;

/** A named set of templates ("Thank-you replies"): Parley's own, not WhatsApp's. */
export const TemplateGroup = defineEntity({
  name: 'TemplateGroup',
  tableName: 'template_groups',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    name: p.string().length(60),
    createdAt: p.datetime(),
  },
  uniques: [{ properties: ['organisation', 'name'] }],
});
export type TemplateGroup = InferEntity<typeof TemplateGroup>;

/** A file of the organisation's library (template header media); its bytes are in the data folder. */
export const LibraryFile = defineEntity({
  name: 'LibraryFile',
  tableName: 'library_files',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    filename: p.string().length(200),
    mimeType: p.string().length(100),
    format: p.string().length(16),
    sizeBytes: p.integer(),
    sha256: p.string().length(64),
    /** Media ids WhatsApp gave for it, per phone number id: `{ [id]: { mediaId, uploadedAt } }`. */
    platformMedia: p.json<Record<string, { mediaId: string; uploadedAt: string }>>(),
    createdBy: () => p.manyToOne(User).nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ properties: ['organisation', 'createdAt'] }],
});
export type LibraryFile = InferEntity<typeof LibraryFile>;

/**
 * A message template of a WhatsApp Business Account: created in Parley (`content` is what the
 * admin wrote) or imported from WhatsApp. `components` is Meta's shape as last submitted or read;
 * `pendingComponents` an edit waiting to be submitted by the template-lifecycle workflow.
 */
export const MessageTemplate = defineEntity({
  name: 'MessageTemplate',
  tableName: 'message_templates',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    wabaId: p.string().length(64),
    /** WhatsApp's id; null until WhatsApp has the template. */
    platformTemplateId: p.string().length(64).nullable(),
    name: p.string().length(512),
    language: p.string().length(16),
    category: p.string().length(32),
    status: p.string().length(32),
    statusReason: p.string().length(255).nullable(),
    previousCategory: p.string().length(32).nullable(),
    upcomingCategory: p.string().length(32).nullable(),
    components: p.json<unknown[]>(),
    content: p.json<Record<string, unknown>>().nullable(),
    pendingSubmission: p.json<Record<string, unknown>>().nullable(),
    origin: p.string().length(16),
    enabled: p.type(PortableBoolean),
    group: () => p.manyToOne(TemplateGroup).nullable().deleteRule('set null'),
    headerFile: () => p.manyToOne(LibraryFile).nullable().deleteRule('set null'),
    /** When the template was edited while approved (ISO times): WhatsApp's edit limits. */
    approvedEdits: p.json<string[]>(),
    syncedAt: p.datetime().nullable(),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    importedAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['wabaId', 'platformTemplateId'] }, { properties: ['wabaId', 'name', 'language'] }],
  indexes: [{ properties: ['organisation', 'wabaId'] }],
});
export type MessageTemplate = InferEntity<typeof MessageTemplate>;

/** One entry of a template's status timeline. `eventKey` keeps a redelivered webhook from counting twice. */
export const TemplateEvent = defineEntity({
  name: 'TemplateEvent',
  tableName: 'template_events',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    template: () => p.manyToOne(MessageTemplate).deleteRule('cascade'),
    eventKey: p.string().length(300).nullable().unique(),
    kind: p.string().length(32),
    status: p.string().length(32).nullable(),
    reason: p.string().length(255).nullable(),
    category: p.string().length(32).nullable(),
    previousCategory: p.string().length(32).nullable(),
    source: p.string().length(16),
    actor: () => p.manyToOne(User).nullable().deleteRule('set null'),
    detail: p.text().nullable(),
    occurredAt: p.datetime(),
  },
  indexes: [{ properties: ['template', 'occurredAt'] }],
});
export type TemplateEvent = InferEntity<typeof TemplateEvent>;

/** A deleted once-approved template's name and language, which WhatsApp holds for 30 days. */
export const TemplateNameHold = defineEntity({
  name: 'TemplateNameHold',
  tableName: 'template_name_holds',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    wabaId: p.string().length(64),
    name: p.string().length(512),
    language: p.string().length(16),
    heldUntil: p.datetime(),
  },
  uniques: [{ properties: ['wabaId', 'name', 'language'] }],
});
export type TemplateNameHold = InferEntity<typeof TemplateNameHold>;

/** One run of the Connect WhatsApp wizard, from the dialog to the bound number. */
export const WhatsAppSignup = defineEntity({
  name: 'WhatsAppSignup',
  tableName: 'whatsapp_signups',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    user: () => p.manyToOne(User),
    /** The OAuth state the dialog returns; binds the code to this signup. */
    state: p.string().length(64).unique(),
    status: p.enum(whatsappSignupStatuses),
    /** The business token from the code exchange, sealed. */
    accessToken: p.text().nullable(),
    wabaId: p.string().length(64).nullable(),
    wabaName: p.string().length(256).nullable(),
    businessId: p.string().length(64).nullable(),
    businessName: p.string().length(256).nullable(),
    suggestedPhoneNumberId: p.string().length(64).nullable(),
    channelAccount: () => p.manyToOne(ChannelAccount).nullable(),
    error: p.text().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});
export type WhatsAppSignup = InferEntity<typeof WhatsAppSignup>;
