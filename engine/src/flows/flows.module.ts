import { type DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { FlowDocumentsController } from './flow-documents.controller.js';
import { FlowRunsController } from './flow-runs.controller.js';
import { FlowValidationContextBuilder } from './flow-validation-context.builder.js';
import { FlowVersionsController } from './flow-versions.controller.js';
import { FlowsController } from './flows.controller.js';
import { FlowSecretsStore } from './flow-secrets.store.js';
import { FlowSettingsController } from './settings/flow-settings.controller.js';
import {
  DeleteFlowSecretUseCase,
  GetFlowSettingsUseCase,
  SetFlowSecretUseCase,
  UpdateFlowHostsUseCase,
} from './settings/flow-settings.usecases.js';
import { CreateFlowUseCase } from './usecases/create-flow.usecase.js';
import { DeleteFlowUseCase } from './usecases/delete-flow.usecase.js';
import { DiffFlowUseCase } from './usecases/diff-flow.usecase.js';
import { DuplicateFlowUseCase } from './usecases/duplicate-flow.usecase.js';
import { ExportFlowUseCase } from './usecases/export-flow.usecase.js';
import { FlowAnalyticsUseCase } from './usecases/flow-analytics.usecase.js';
import { GetValidationContextUseCase } from './usecases/get-validation-context.usecase.js';
import { ImportFlowUseCase } from './usecases/import-flow.usecase.js';
import { ListFlowRunsUseCase } from './usecases/list-flow-runs.usecase.js';
import { ListFlowVersionsUseCase } from './usecases/list-flow-versions.usecase.js';
import { ListFlowsUseCase } from './usecases/list-flows.usecase.js';
import { PublishFlowUseCase } from './usecases/publish-flow.usecase.js';
import { RollbackFlowUseCase } from './usecases/rollback-flow.usecase.js';
import { SaveFlowDraftUseCase } from './usecases/save-flow-draft.usecase.js';
import { SetFlowActivationUseCase } from './usecases/set-flow-activation.usecase.js';
import { StartTestRunUseCase } from './usecases/start-test-run.usecase.js';
import { TestChatController } from './test-chat/test-chat.controller.js';
import { TestChatRuns } from './test-chat/test-chat-runs.js';
import { TestChatUseCase } from './test-chat/test-chat.usecase.js';

/** What every role may need of flows: validating a graph, and the secrets HTTP requests use. */
const providers: Provider[] = [FlowValidationContextBuilder, FlowSecretsStore];

/** The flows API (the `api` role). */
const apiControllers: Type[] = [
  FlowsController,
  FlowVersionsController,
  FlowDocumentsController,
  FlowRunsController,
  FlowSettingsController,
  TestChatController,
];
const apiProviders: Provider[] = [
  ListFlowsUseCase,
  CreateFlowUseCase,
  SaveFlowDraftUseCase,
  PublishFlowUseCase,
  ListFlowVersionsUseCase,
  DiffFlowUseCase,
  RollbackFlowUseCase,
  DuplicateFlowUseCase,
  ExportFlowUseCase,
  ImportFlowUseCase,
  SetFlowActivationUseCase,
  DeleteFlowUseCase,
  GetValidationContextUseCase,
  FlowAnalyticsUseCase,
  StartTestRunUseCase,
  TestChatRuns,
  TestChatUseCase,
  ListFlowRunsUseCase,
  GetFlowSettingsUseCase,
  UpdateFlowHostsUseCase,
  SetFlowSecretUseCase,
  DeleteFlowSecretUseCase,
];

/**
 * Flows (docs/flows.md): drafts, versions, activations, runs and their settings. The engine's
 * shared services (the outbox relay, the secret box) come from the app's global shared module.
 */
@Module({})
export class FlowsModule {
  static forRoles(roles: ReadonlySet<string>): DynamicModule {
    const api = roles.has('api');
    return {
      module: FlowsModule,
      controllers: api ? apiControllers : [],
      providers: [...providers, ...(api ? apiProviders : [])],
      exports: providers,
    };
  }
}
