import { Inject, Injectable } from '@nestjs/common';
import {
  type CreditPurchaseInput,
  type PaymentConfirmedSignal,
  creditPurchaseWorkflowId,
  creditPurchaseWorkflowType,
  paymentConfirmedSignalName,
} from '@parley/workflows';
import { WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';
import { APP_CONFIG } from '../../infrastructure/config/config.module.js';
import type { AppConfig } from '../../infrastructure/config/config.schema.js';
import { TemporalClientService } from '../../infrastructure/temporal/temporal-client.service.js';

/** The engine's side of the credit-purchase workflow: one per purchase, never a second. */
@Injectable()
export class PurchaseWorkflows {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClientService,
  ) {}

  private handle(purchaseId: string) {
    return this.temporal.client.workflow.getHandle(creditPurchaseWorkflowId(purchaseId));
  }

  /** Starts the purchase's workflow; one running or finished already is left as it is. */
  async start(input: CreditPurchaseInput): Promise<void> {
    try {
      await this.temporal.client.workflow.start(creditPurchaseWorkflowType, {
        workflowId: creditPurchaseWorkflowId(input.purchaseId),
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  /** Hands the payment's outcome to the workflow; false when it has ended (or never ran): nothing to do. */
  async confirm(purchaseId: string, signal: PaymentConfirmedSignal): Promise<boolean> {
    try {
      await this.handle(purchaseId).signal<[PaymentConfirmedSignal]>(paymentConfirmedSignalName, signal);
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }
}
