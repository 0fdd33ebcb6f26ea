import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AccountConnector } from '../channels/account-connector.service.js';
import { ChannelClients } from '../channels/channel-clients.service.js';
import { ChannelDirectory } from '../channels/channel-directory.service.js';
import { ConfigModule } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { secretBoxProvider } from '../infrastructure/crypto/secret-box.provider.js';
import type { Database } from '../infrastructure/database/database.js';
import { DatabaseModule } from '../infrastructure/database/database.module.js';
import { LoggingModule } from '../infrastructure/logging/logging.module.js';
import { OrganisationUseCase } from '../organisations/organisation.usecases.js';
import { CreditAccounts } from '../credits/credit-accounts.service.js';
import { CreditLedger } from '../credits/credit-ledger.service.js';
import { PriceListProvider } from '../credits/price-list.provider.js';
import { InboxEvents } from '../inbox/inbox-events.service.js';

/** What the operator's commands need: the database, sealed credentials, the channel connectors, the credits ledger. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, logger: Logger, database: Database): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(database),
      ],
      providers: [
        secretBoxProvider,
        ChannelClients,
        ChannelDirectory,
        AccountConnector,
        OrganisationUseCase,
        InboxEvents,
        PriceListProvider,
        CreditAccounts,
        CreditLedger,
      ],
    };
  }
}
