import { type DynamicModule, Global, Module, type Provider, type Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import type { Logger } from 'pino';
import { AuditController } from './audit/audit.controller.js';
import { CreditAccounts } from './credits/credit-accounts.service.js';
import { CreditLedger } from './credits/credit-ledger.service.js';
import { CreditsController } from './credits/credits.controller.js';
import { CreditUsageUseCase } from './credits/ledger/credit-usage.usecase.js';
import { ListLedgerUseCase } from './credits/ledger/list-ledger.usecase.js';
import { UpdateCreditSettingsUseCase } from './credits/update-credit-settings.usecase.js';
import { PriceListProvider } from './credits/price-list.provider.js';
import { MessagePriceController } from './credits/message-price.controller.js';
import { MessagePriceUseCase } from './credits/message-price.usecase.js';
import { MessagePricing } from './credits/message-pricing.service.js';
import { MessageSettlement } from './credits/message-settlement.js';
import { paymentProvider } from './credits/payments/payment-provider.factory.js';
import { CreatePurchaseUseCase } from './credits/purchases/create-purchase.usecase.js';
import { GetPurchaseQuoteUseCase } from './credits/purchases/get-purchase-quote.usecase.js';
import { GetPurchaseUseCase } from './credits/purchases/get-purchase.usecase.js';
import { ListPurchasesUseCase } from './credits/purchases/list-purchases.usecase.js';
import { PurchaseActivitiesService } from './credits/purchases/purchase-activities.js';
import { PurchasePublisher } from './credits/purchases/purchase-publisher.js';
import { PurchaseWorkflows } from './credits/purchases/purchase-workflows.service.js';
import { PurchasesController } from './credits/purchases/purchases.controller.js';
import { ReceiveStripeWebhookUseCase } from './credits/purchases/receive-stripe-webhook.usecase.js';
import { StripeWebhookController } from './credits/purchases/stripe-webhook.controller.js';
import { ListAuditUseCase } from './audit/list-audit.usecase.js';
import { AcceptInvitationUseCase, PreviewInvitationUseCase } from './auth/accept-invitation.usecase.js';
import { ChangePasswordUseCase, SignOutUseCase, UpdateProfileUseCase } from './auth/account.usecases.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthHousekeeping } from './auth/auth-housekeeping.service.js';
import { Authenticator } from './auth/authenticator.service.js';
import { RequestPasswordResetUseCase, ResetPasswordUseCase } from './auth/password-reset.usecase.js';
import { SetUpUseCase } from './auth/set-up.usecase.js';
import { SignInUseCase } from './auth/sign-in.usecase.js';
import { AccountConnector } from './channels/account-connector.service.js';
import { AutomaticRepliesController } from './channels/automatic-replies/automatic-replies.controller.js';
import { AutomaticRepliesStore } from './channels/automatic-replies/automatic-replies.store.js';
import { GetAutomaticRepliesUseCase } from './channels/automatic-replies/get-automatic-replies.usecase.js';
import { UpdateAutomaticRepliesUseCase } from './channels/automatic-replies/update-automatic-replies.usecase.js';
import {
  ChannelAccountsController,
  TelegramBotsController,
  WhatsAppSignupsController,
} from './channels/channel-accounts.controller.js';
import { ChannelAccountsUseCase } from './channels/channel-accounts.usecases.js';
import { ChannelClients } from './channels/channel-clients.service.js';
import { ChannelLimitsController } from './channels/channel-limits.controller.js';
import { ChannelDirectory } from './channels/channel-directory.service.js';
import { TelegramWebhooks } from './channels/telegram-webhooks.service.js';
import { WhatsAppSignupUseCase } from './channels/whatsapp-signup.usecases.js';
import { DeadLettersController } from './dead-letters/dead-letters.controller.js';
import { DeadLettersUseCase } from './dead-letters/dead-letters.usecases.js';
import { FlowActivitiesService } from './flows/runtime/flow-activities.service.js';
import { FlowDrafts } from './flows/runtime/flow-draft.js';
import { FlowHandover } from './flows/runtime/flow-handover.js';
import { FlowTriggers } from './flows/triggers/flow-triggers.service.js';
import { FlowsModule } from './flows/flows.module.js';
import { HealthController } from './health/health.controller.js';
import { CannedRepliesController } from './inbox/canned-replies.controller.js';
import { CannedRepliesUseCases } from './inbox/canned-replies.usecases.js';
import { ConversationNotesUseCases } from './inbox/conversation-notes.usecases.js';
import { ConversationsController } from './inbox/conversations.controller.js';
import { ContactsController } from './contacts/contacts.controller.js';
import { ContactProfileUseCases } from './contacts/contact-profile.usecases.js';
import { EventsController } from './inbox/events.controller.js';
import { InboxEvents } from './inbox/inbox-events.service.js';
import { InboxPublisher } from './inbox/inbox-publisher.service.js';
import {
  CountConversationsUseCase,
  GetConversationUseCase,
  ListConversationsUseCase,
} from './inbox/list-conversations.usecase.js';
import { ListMessagesUseCase } from './inbox/list-messages.usecase.js';
import { ConfigModule } from './infrastructure/config/config.module.js';
import type { AppConfig } from './infrastructure/config/config.schema.js';
import { secretBoxProvider } from './infrastructure/crypto/secret-box.provider.js';
import type { Database } from './infrastructure/database/database.js';
import { DatabaseModule } from './infrastructure/database/database.module.js';
import { LoggingModule } from './infrastructure/logging/logging.module.js';
import { Mailer } from './infrastructure/mail/mailer.service.js';
import { TemporalClientService } from './infrastructure/temporal/temporal-client.service.js';
import { TemporalWorkerService } from './infrastructure/temporal/temporal-worker.service.js';
import { MediaFetcher } from './media/media-fetcher.service.js';
import { MediaController } from './media/media.controller.js';
import { FilesController } from './files/files.controller.js';
import { LibraryFiles } from './files/library-files.service.js';
import { OutboundSender } from './messaging/outbound-sender.js';
import { OutboundCredits } from './messaging/outbound-credits.js';
import { AgentMessageCredits } from './messaging/agent-message-credits.js';
import { ConversationActivitiesService } from './messaging/conversation-activities.js';
import { ConversationWorkflows } from './messaging/conversation-workflows.service.js';
import { MessagesController } from './messaging/messages.controller.js';
import { ReadReceiptsUseCase } from './messaging/read-receipts.usecase.js';
import { SendMessageUseCase } from './messaging/send-message.usecase.js';
import { TemplateDrafts } from './templates/template-drafts.js';
import { TemplateActivitiesService } from './templates/template-activities.js';
import { TemplateGroupsUseCase } from './templates/template-groups.usecases.js';
import { TemplateSync } from './templates/template-sync.service.js';
import { TemplateWorkflows } from './templates/template-workflows.service.js';
import {
  ConversationTemplatesController,
  TemplateGroupsController,
  TemplatesController,
} from './templates/templates.controller.js';
import { TemplatesUseCase } from './templates/templates.usecases.js';
import { OrganisationController } from './organisations/organisation.controller.js';
import { OrganisationUseCase } from './organisations/organisation.usecases.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { OutboxSweep } from './outbox/outbox-sweep.service.js';
import { AssignmentService } from './routing/assignment.service.js';
import { IntakeRouting } from './routing/intake-routing.js';
import { ConversationRoutingController } from './routing/conversation-routing.controller.js';
import {
  AgentsController,
  AvailabilityController,
  RoutingRulesController,
} from './routing/routing-rules.controller.js';
import { RoutingSweep } from './routing/routing-sweep.service.js';
import { TeamsController } from './routing/teams.controller.js';
import { CreateTeamUseCase } from './routing/teams/create-team.usecase.js';
import { DeleteTeamUseCase } from './routing/teams/delete-team.usecase.js';
import { ListTeamsUseCase } from './routing/teams/list-teams.usecase.js';
import { UpdateTeamUseCase } from './routing/teams/update-team.usecase.js';
import { AssignConversationUseCase } from './routing/usecases/assign-conversation.usecase.js';
import { GetAvailabilityUseCase, SetAvailabilityUseCase } from './routing/usecases/availability.usecases.js';
import { CloseConversationUseCase } from './routing/usecases/close-conversation.usecase.js';
import { ReopenConversationUseCase } from './routing/usecases/reopen-conversation.usecase.js';
import {
  GetRoutingRulesUseCase,
  UpdateRoutingRulesUseCase,
} from './routing/usecases/routing-rules.usecases.js';
import { SnoozeConversationUseCase } from './routing/usecases/snooze-conversation.usecase.js';
import { ListConversationEventsUseCase } from './routing/usecases/list-conversation-events.usecase.js';
import { ReturnToAutomationUseCase } from './routing/usecases/return-to-automation.usecase.js';
import { ListAgentsUseCase } from './routing/usecases/list-agents.usecase.js';
import { SlaTimers } from './routing/sla-timers.js';
import { TransferConversationUseCase } from './routing/usecases/transfer-conversation.usecase.js';
import { ApiTokensUseCase } from './users/api-tokens.usecases.js';
import { InvitationsUseCase, ListInvitationsUseCase } from './users/invitations.usecases.js';
import { ApiTokensController, InvitationsController, UsersController } from './users/users.controller.js';
import {
  CreatePasswordResetLinkUseCase,
  ListUsersUseCase,
  UnlockUserUseCase,
  UpdateUserUseCase,
} from './users/users.usecases.js';
import { IntakeWebhookUseCase } from './webhooks/intake-webhook.usecase.js';
import { WebhookDeliveries } from './webhooks/webhook-deliveries.service.js';
import { WebhookStats } from './webhooks/webhook-stats.service.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';

/** What every role needs: channels, the database's shared services, Temporal's client, sending. */
const shared: Provider[] = [
  secretBoxProvider,
  InboxEvents,
  InboxPublisher,
  ChannelClients,
  TemporalClientService,
  OutboxRelay,
  MediaFetcher,
  WebhookStats,
  LibraryFiles,
  OutboundSender,
  TemplateWorkflows,
  TemplateSync,
  AutomaticRepliesStore,
  TemplateDrafts,
  PriceListProvider,
  CreditAccounts,
  CreditLedger,
  MessagePricing,
  MessageSettlement,
  OutboundCredits,
  paymentProvider,
  PurchasePublisher,
  PurchaseWorkflows,
  AssignmentService,
  SlaTimers,
  IntakeRouting,
  FlowTriggers,
];

/** The API: sign-in, people, channels, the inbox, webhooks. */
const apiControllers: Type[] = [
  AuthController,
  OrganisationController,
  UsersController,
  InvitationsController,
  ApiTokensController,
  ChannelAccountsController,
  WhatsAppSignupsController,
  TelegramBotsController,
  AutomaticRepliesController,
  ChannelLimitsController,
  ConversationsController,
  ContactsController,
  CannedRepliesController,
  MessagesController,
  EventsController,
  MediaController,
  TemplatesController,
  TemplateGroupsController,
  ConversationTemplatesController,
  FilesController,
  AuditController,
  CreditsController,
  MessagePriceController,
  PurchasesController,
  StripeWebhookController,
  DeadLettersController,
  WebhooksController,
  TeamsController,
  RoutingRulesController,
  AvailabilityController,
  AgentsController,
  ConversationRoutingController,
];
const apiProviders: Provider[] = [
  { provide: APP_GUARD, useClass: AuthGuard },
  Authenticator,
  Mailer,
  ChannelDirectory,
  AccountConnector,
  OrganisationUseCase,
  SetUpUseCase,
  SignInUseCase,
  SignOutUseCase,
  PreviewInvitationUseCase,
  AcceptInvitationUseCase,
  RequestPasswordResetUseCase,
  ResetPasswordUseCase,
  ChangePasswordUseCase,
  UpdateProfileUseCase,
  ListUsersUseCase,
  UpdateUserUseCase,
  UnlockUserUseCase,
  CreatePasswordResetLinkUseCase,
  ListInvitationsUseCase,
  InvitationsUseCase,
  ApiTokensUseCase,
  ChannelAccountsUseCase,
  WhatsAppSignupUseCase,
  GetAutomaticRepliesUseCase,
  UpdateAutomaticRepliesUseCase,
  TelegramWebhooks,
  ListConversationsUseCase,
  CountConversationsUseCase,
  ConversationNotesUseCases,
  ContactProfileUseCases,
  CannedRepliesUseCases,
  GetConversationUseCase,
  ListMessagesUseCase,
  TemplatesUseCase,
  TemplateGroupsUseCase,
  ConversationWorkflows,
  SendMessageUseCase,
  AgentMessageCredits,
  MessagePriceUseCase,
  ReadReceiptsUseCase,
  DeadLettersUseCase,
  ListAuditUseCase,
  UpdateCreditSettingsUseCase,
  ListLedgerUseCase,
  CreditUsageUseCase,
  GetPurchaseQuoteUseCase,
  CreatePurchaseUseCase,
  GetPurchaseUseCase,
  ListPurchasesUseCase,
  ReceiveStripeWebhookUseCase,
  IntakeWebhookUseCase,
  WebhookDeliveries,
  ListTeamsUseCase,
  CreateTeamUseCase,
  UpdateTeamUseCase,
  DeleteTeamUseCase,
  GetRoutingRulesUseCase,
  UpdateRoutingRulesUseCase,
  GetAvailabilityUseCase,
  SetAvailabilityUseCase,
  AssignConversationUseCase,
  TransferConversationUseCase,
  CloseConversationUseCase,
  ReopenConversationUseCase,
  SnoozeConversationUseCase,
  ListConversationEventsUseCase,
  ReturnToAutomationUseCase,
  ListAgentsUseCase,
];

/** The shared services, global so that feature modules (flows) inject the same instances. */
@Global()
@Module({})
class SharedModule {
  static forRoot(): DynamicModule {
    return { module: SharedModule, providers: shared, exports: shared };
  }
}

/**
 * The engine. One process may take any of three roles (PARLEY_ROLES): `api` (HTTP, webhooks,
 * outbox relay after intake), `worker` (Temporal workflows and activities) and `scheduler` (the
 * outbox sweep, housekeeping). The embedded default runs all three.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, database: Database): DynamicModule {
    const roles = new Set(config.PARLEY_ROLES);
    const controllers: Type[] = [HealthController];
    const providers: Provider[] = [];
    if (roles.has('api')) {
      controllers.push(...apiControllers);
      providers.push(...apiProviders);
    }
    if (roles.has('worker'))
      providers.push(
        ConversationActivitiesService,
        FlowDrafts,
        FlowHandover,
        FlowActivitiesService,
        TemplateActivitiesService,
        PurchaseActivitiesService,
        TemporalWorkerService,
      );
    if (roles.has('scheduler')) providers.push(OutboxSweep, AuthHousekeeping, RoutingSweep);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(database),
        SharedModule.forRoot(),
        FlowsModule.forRoles(roles),
        ...(roles.has('scheduler') ? [ScheduleModule.forRoot()] : []),
      ],
      controllers,
      providers,
    };
  }
}
