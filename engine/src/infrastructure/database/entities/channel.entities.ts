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
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['channelAccount', 'platformId'] }, { properties: ['channelAccount', 'userId'] }],
});
export type Contact = InferEntity<typeof Contact>;

/** A message template of a WhatsApp Business Account, imported when one of its numbers is connected. */
export const MessageTemplate = defineEntity({
  name: 'MessageTemplate',
  tableName: 'message_templates',
  properties: {
    id: p.uuid().primary(),
    organisation: () => p.manyToOne(Organisation),
    wabaId: p.string().length(64),
    platformTemplateId: p.string().length(64),
    name: p.string().length(512),
    language: p.string().length(16),
    category: p.string().length(32),
    status: p.string().length(32),
    components: p.json<unknown[]>(),
    importedAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['wabaId', 'platformTemplateId'] }],
  indexes: [{ properties: ['organisation', 'wabaId'] }],
});
export type MessageTemplate = InferEntity<typeof MessageTemplate>;

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
