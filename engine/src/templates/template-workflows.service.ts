import { Inject, Injectable } from '@nestjs/common';
import {
  deleteTemplateUpdateName,
  platformRefusedFailureType,
  submitTemplateUpdateName,
  templateLifecycleWorkflowType,
  templatePlatformEventSignalName,
  templateWorkflowId,
  unpauseTemplateUpdateName,
  type DeletedTemplate,
  type SubmittedTemplate,
  type TemplateLifecycleInput,
  type TemplatePlatformEvent,
} from '@parley/workflows';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';
import { temporalUnavailable, updateFailure } from '../infrastructure/temporal/update-failure.js';

/** What the engine knows of a template when it talks to its workflow. */
export interface TemplateRef {
  id: string;
  wabaId: string;
  status: string;
}

/**
 * The engine's side of the template-lifecycle workflow: every call starts the workflow when it is
 * not running (an imported template's first event, a restart after deletion of history), so no
 * template is ever without one when something happens to it.
 */
@Injectable()
export class TemplateWorkflows {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClientService,
  ) {}

  private start(template: TemplateRef) {
    const input: TemplateLifecycleInput = {
      templateId: template.id,
      status: template.status,
      reviewPollAfterMs: this.config.TEMPLATE_REVIEW_POLL_AFTER_MS,
    };
    return new WithStartWorkflowOperation(templateLifecycleWorkflowType, {
      workflowId: templateWorkflowId(template.wabaId, template.id),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }

  private async update<T>(name: string, template: TemplateRef, args: unknown[] = []): Promise<T> {
    try {
      return await this.temporal.client.workflow.executeUpdateWithStart<Workflow, T, unknown[]>(name, {
        args,
        startWorkflowOperation: this.start(template),
      });
    } catch (error) {
      throw asApiError(error);
    }
  }

  /** Submits a new template or its pending edit; answers once WhatsApp has it. */
  submit(template: TemplateRef): Promise<SubmittedTemplate> {
    return this.update(submitTemplateUpdateName, template);
  }

  unpause(template: TemplateRef, actorUserId: string): Promise<void> {
    return this.update(unpauseTemplateUpdateName, template, [{ actorUserId }]);
  }

  delete(template: TemplateRef): Promise<DeletedTemplate> {
    return this.update(deleteTemplateUpdateName, template);
  }

  /** Starts the template's workflow unless it runs already (an imported template). */
  async watch(template: TemplateRef): Promise<void> {
    const start = this.start(template);
    await this.temporal.client.workflow.start(templateLifecycleWorkflowType, start.options);
  }

  /** Hands a platform event to the template's workflow (the sync's; webhooks go through the outbox). */
  async signal(template: TemplateRef, event: TemplatePlatformEvent): Promise<void> {
    const start = this.start(template);
    await this.temporal.client.workflow.signalWithStart(templateLifecycleWorkflowType, {
      ...start.options,
      signal: templatePlatformEventSignalName,
      signalArgs: [event],
    });
  }
}

/** A refusal WhatsApp gave inside the workflow, as the API's error; Temporal being away as 503. */
function asApiError(error: unknown): unknown {
  const cause = updateFailure(error);
  if (cause) {
    const detail = (cause.details?.[0] ?? {}) as { code?: string; message?: string };
    if (cause.type === platformRefusedFailureType)
      return new ApiError(422, 'PLATFORM_REFUSED', detail.message ?? cause.message);
    if (cause.type === 'NotPaused') return new ApiError(409, 'NOT_PAUSED', cause.message);
    return new ApiError(502, 'PLATFORM_UNAVAILABLE', `WhatsApp did not answer; try again (${cause.message})`);
  }
  if (error instanceof ApiError) return error;
  return temporalUnavailable();
}
