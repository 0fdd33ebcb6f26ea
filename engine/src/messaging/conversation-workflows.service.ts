import { Inject, Injectable } from '@nestjs/common';
import {
  contentOverLimitsFailureType,
  conversationWorkflowId,
  conversationWorkflowType,
  permanentFailureType,
  sendMessageUpdateName,
  windowClosedFailureType,
  type ConversationWorkflowInput,
  type SendMessageRequest,
  type SendMessageResult,
} from '@parley/workflows';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import type { ConnectorId } from '../channels/connectors.js';
import { APP_CONFIG } from '../infrastructure/config/config.module.js';
import type { AppConfig } from '../infrastructure/config/config.schema.js';
import { ApiError } from '../infrastructure/http/api-error.js';
import { TemporalClientService } from '../infrastructure/temporal/temporal-client.service.js';
import { temporalUnavailable, updateFailure } from '../infrastructure/temporal/update-failure.js';
import { windowPolicy } from './window-policy.js';

/** What the engine knows of a conversation when it talks to its workflow. */
export interface ConversationRef {
  id: string;
  channel: ConnectorId;
  channelAccountId: string;
  contactId: string;
  windowExpiresAt: Date | null;
  entryPointExpiresAt: Date | null;
}

/** The validator's rejection of a free-form message while the window is closed. */
export class WindowClosedError extends Error {
  override readonly name = 'WindowClosedError';
}

/**
 * The engine's side of the conversation workflow for sends: the `sendMessage` update, starting
 * the workflow when it is not running (its window closed) with the window Parley has stored. The
 * request's id is the update's id, so a request sent twice is answered once.
 */
@Injectable()
export class ConversationWorkflows {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClientService,
  ) {}

  async send(conversation: ConversationRef, request: SendMessageRequest): Promise<SendMessageResult> {
    const input: ConversationWorkflowInput = {
      conversationId: conversation.id,
      policy: windowPolicy(conversation.channel, this.config),
      windowExpiresAt: conversation.windowExpiresAt?.toISOString() ?? null,
      entryPointExpiresAt: conversation.entryPointExpiresAt?.toISOString() ?? null,
    };
    try {
      return await this.temporal.client.workflow.executeUpdateWithStart<
        Workflow,
        SendMessageResult,
        [SendMessageRequest]
      >(sendMessageUpdateName, {
        args: [request],
        updateId: request.requestId,
        startWorkflowOperation: new WithStartWorkflowOperation(conversationWorkflowType, {
          workflowId: conversationWorkflowId(conversation.channelAccountId, conversation.contactId),
          taskQueue: this.config.TEMPORAL_TASK_QUEUE,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
        }),
      });
    } catch (error) {
      const cause = updateFailure(error);
      if (cause?.type === windowClosedFailureType) throw new WindowClosedError(cause.message);
      if (cause?.type === contentOverLimitsFailureType) {
        const issues = ((cause.details?.[0] ?? []) as { path: string; message: string }[]).map((issue) => ({
          path: `message.${issue.path}`,
          message: issue.message,
        }));
        throw new ApiError(400, 'CONTENT_OVER_LIMITS', cause.message, issues);
      }
      if (cause?.type === permanentFailureType) throw new ApiError(404, 'NOT_FOUND', cause.message);
      if (cause) throw new ApiError(502, 'SEND_FAILED', `the message could not be sent: ${cause.message}`);
      throw temporalUnavailable();
    }
  }
}
