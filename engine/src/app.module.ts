import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import type { Logger } from 'pino';
import { ChannelClients } from './channels/channel-clients.service.js';
import { TelegramWebhookRegistration } from './channels/telegram-webhook.service.js';
import { HealthController } from './health/health.controller.js';
import { ConversationsController } from './inbox/conversations.controller.js';
import { EventsController } from './inbox/events.controller.js';
import { GetConversationUseCase } from './inbox/get-conversation.usecase.js';
import { InboxEvents } from './inbox/inbox-events.service.js';
import { ListConversationsUseCase } from './inbox/list-conversations.usecase.js';
import { ListMessagesUseCase } from './inbox/list-messages.usecase.js';
import { ConfigModule } from './infrastructure/config/config.module.js';
import type { AppConfig } from './infrastructure/config/config.schema.js';
import type { Database } from './infrastructure/database/database.js';
import { DatabaseModule } from './infrastructure/database/database.module.js';
import { LoggingModule } from './infrastructure/logging/logging.module.js';
import { TemporalClientService } from './infrastructure/temporal/temporal-client.service.js';
import { TemporalWorkerService } from './infrastructure/temporal/temporal-worker.service.js';
import { MediaFetcher } from './media/media-fetcher.service.js';
import { MediaController } from './media/media.controller.js';
import { SendAutoReplyActivity } from './messaging/send-auto-reply.activity.js';
import { OutboxRelay } from './outbox/outbox-relay.service.js';
import { OutboxSweep } from './outbox/outbox-sweep.service.js';
import { IntakeWebhookUseCase } from './webhooks/intake-webhook.usecase.js';
import { WebhooksController } from './webhooks/webhooks.controller.js';

/**
 * The engine. One process may take any of three roles (PARLEY_ROLES): `api` (HTTP, webhooks,
 * outbox relay after intake), `worker` (Temporal workflows and activities) and `scheduler` (the
 * outbox sweep). The embedded default runs all three.
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, database: Database): DynamicModule {
    const roles = new Set(config.PARLEY_ROLES);
    const controllers: Type[] = [HealthController];
    const providers: Provider[] = [
      InboxEvents,
      ChannelClients,
      TemporalClientService,
      OutboxRelay,
      MediaFetcher,
    ];
    if (roles.has('api')) {
      controllers.push(WebhooksController, ConversationsController, EventsController, MediaController);
      providers.push(
        IntakeWebhookUseCase,
        ListConversationsUseCase,
        GetConversationUseCase,
        ListMessagesUseCase,
        TelegramWebhookRegistration,
      );
    }
    if (roles.has('worker')) providers.push(SendAutoReplyActivity, TemporalWorkerService);
    if (roles.has('scheduler')) providers.push(OutboxSweep);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(database),
        ...(roles.has('scheduler') ? [ScheduleModule.forRoot()] : []),
      ],
      controllers,
      providers,
    };
  }
}
