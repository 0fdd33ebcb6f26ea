import {
  ChannelAccount,
  Contact,
  ContactTag,
  ContactNote,
  CannedReply,
  LibraryFile,
  MessageTemplate,
  TemplateEvent,
  TemplateGroup,
  TemplateNameHold,
  WhatsAppSignup,
} from './entities/channel.entities.js';
import {
  BillingConversation,
  CreditAccount,
  CreditEntry,
  CreditPurchase,
} from './entities/credit.entities.js';
import { DeadLetter, OutboxEntry } from './entities/delivery.entities.js';
import {
  Conversation,
  ConversationEvent,
  ConversationNote,
  Media,
  Message,
  StatusEvent,
} from './entities/inbox.entities.js';
import {
  ApiToken,
  AuditEntry,
  Invitation,
  Organisation,
  PasswordReset,
  Session,
  SignInAttempt,
  User,
} from './entities/people.entities.js';
import { AgentState, RoutingSettings, Team, TeamMember } from './entities/routing.entities.js';
import {
  Flow,
  FlowActivation,
  FlowRun,
  FlowSecret,
  FlowSettings,
  FlowStep,
  FlowVersion,
} from './entities/flow.entities.js';

export * from './entities/channel.entities.js';
export * from './entities/credit.entities.js';
export * from './entities/delivery.entities.js';
export * from './entities/inbox.entities.js';
export * from './entities/people.entities.js';
export * from './entities/routing.entities.js';
export * from './entities/flow.entities.js';

/** Every table, as MikroORM and Kysely see it. */
export const entities = [
  Organisation,
  User,
  Session,
  SignInAttempt,
  Invitation,
  PasswordReset,
  ApiToken,
  AuditEntry,
  ChannelAccount,
  Contact,
  ContactTag,
  ContactNote,
  CannedReply,
  TemplateGroup,
  LibraryFile,
  MessageTemplate,
  TemplateEvent,
  TemplateNameHold,
  WhatsAppSignup,
  Conversation,
  ConversationNote,
  Message,
  StatusEvent,
  Media,
  OutboxEntry,
  DeadLetter,
  CreditAccount,
  CreditPurchase,
  CreditEntry,
  BillingConversation,
  Team,
  TeamMember,
  AgentState,
  RoutingSettings,
  ConversationEvent,
  Flow,
  FlowVersion,
  FlowActivation,
  FlowRun,
  FlowStep,
  FlowSettings,
  FlowSecret,
];
