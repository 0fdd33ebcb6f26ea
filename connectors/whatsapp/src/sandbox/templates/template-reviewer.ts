import type { Lifecycle } from '@parley/connector-sdk/stand-in';
import type { SandboxClock } from '../clock.js';
import { unixSeconds } from '../meta-payloads.js';
import type { WabaWebhooks } from '../waba-webhooks.js';
import { templateCategoryWebhook, templateStatusWebhook } from '../webhook-payloads.js';
import { reviewDraft, type ReviewOutcome } from './template-review-rules.js';
import type { TemplateRecord, TemplateStatus } from './template.model.js';

export interface TemplateReviewerDeps {
  clock: SandboxClock;
  lifecycle: Lifecycle;
  webhooks: WabaWebhooks;
  reviewMs: number;
  /** Whether a concluded review is announced with webhooks (status, and category when Meta changed it). */
  reviewWebhooks: boolean;
}

/** Platform-side changes the control API can trigger, and the status each leads to from which ones. */
const platformEvents: Record<string, { to: TemplateStatus; from: readonly TemplateStatus[] }> = {
  APPROVED: { to: 'APPROVED', from: ['PENDING', 'IN_APPEAL', 'REJECTED'] },
  REJECTED: { to: 'REJECTED', from: ['PENDING', 'IN_APPEAL', 'APPROVED'] },
  PENDING: { to: 'PENDING', from: ['REJECTED', 'IN_APPEAL'] },
  FLAGGED: { to: 'FLAGGED', from: ['APPROVED'] },
  PAUSED: { to: 'PAUSED', from: ['APPROVED', 'FLAGGED'] },
  DISABLED: { to: 'DISABLED', from: ['APPROVED', 'FLAGGED', 'PAUSED'] },
  REINSTATED: { to: 'APPROVED', from: ['PAUSED', 'FLAGGED', 'DISABLED'] },
  IN_APPEAL: { to: 'IN_APPEAL', from: ['REJECTED', 'DISABLED'] },
  ARCHIVED: { to: 'ARCHIVED', from: ['APPROVED', 'PAUSED', 'FLAGGED', 'REJECTED'] },
  PENDING_DELETION: {
    to: 'PENDING_DELETION',
    from: ['APPROVED', 'PAUSED', 'FLAGGED', 'REJECTED', 'DISABLED'],
  },
  LIMIT_EXCEEDED: { to: 'LIMIT_EXCEEDED', from: ['PENDING'] },
};
export const platformEventNames = Object.keys(platformEvents);

/**
 * Reviews templates after the configured delay and reports status changes with signed webhooks
 * (unless `reviewWebhooks` is off, or a platform event is `silent`).
 */
export class TemplateReviewer {
  constructor(private readonly deps: TemplateReviewerDeps) {}

  /** Puts the template in review; the outcome follows after `reviewMs` unless it changed meanwhile. */
  scheduleReview(record: TemplateRecord): void {
    record.status = 'PENDING';
    record.revision += 1;
    const revision = record.revision;
    const review = async () => {
      if (!(await this.deps.lifecycle.sleep(this.deps.reviewMs))) return;
      if (record.revision === revision) await this.conclude(record, reviewDraft(record));
    };
    this.deps.lifecycle.track(review());
  }

  /**
   * A platform-side event: applied and announced (the first webhook attempt's outcome; null when
   * nobody is subscribed, or `silent`: then only polling `GET /{template-id}` shows it), or why it
   * does not apply.
   */
  async applyEvent(
    record: TemplateRecord,
    event: string,
    reason: string | undefined,
    options: { silent?: boolean } = {},
  ): Promise<{ applied: true; webhookStatus: number | null } | { applied: false; problem: string }> {
    const rule = platformEvents[event];
    if (!rule)
      return { applied: false, problem: `unknown event ${event}; one of ${platformEventNames.join(', ')}` };
    if (!rule.from.includes(record.status))
      return { applied: false, problem: `the template is ${record.status}; ${event} does not apply` };
    this.moveTo(record, rule.to);
    if (rule.to === 'REJECTED') record.rejectedReason = reason ?? 'NONE';
    if (options.silent) return { applied: true, webhookStatus: null };
    const delivery = this.announce(record, event, reason ?? 'NONE', this.extraInfo(event));
    return { applied: true, webhookStatus: delivery ? (await delivery.first).status : null };
  }

  /** `POST /{template-id}/unpause`: a PAUSED template is APPROVED again, announced as APPROVED; false otherwise. */
  unpause(record: TemplateRecord): boolean {
    if (record.status !== 'PAUSED') return false;
    this.moveTo(record, 'APPROVED');
    this.announce(record, 'APPROVED', 'NONE');
    return true;
  }

  private moveTo(record: TemplateRecord, status: TemplateStatus): void {
    record.revision += 1;
    record.status = status;
    if (status === 'APPROVED') record.everApproved = true;
  }

  private async conclude(record: TemplateRecord, outcome: ReviewOutcome): Promise<void> {
    record.revision += 1;
    const announced = this.deps.reviewWebhooks;
    if (outcome.status === 'APPROVED' && outcome.newCategory && outcome.newCategory !== record.category) {
      record.previousCategory = record.category;
      record.category = outcome.newCategory;
      const at = this.deps.clock.now();
      if (announced)
        await this.deps.webhooks.publish(
          record.wabaId,
          templateCategoryWebhook(record.wabaId, at, {
            templateId: record.id,
            name: record.name,
            language: record.language,
            previousCategory: record.previousCategory,
            newCategory: record.category,
          }),
        )?.done;
    }
    record.status = outcome.status;
    record.rejectedReason = outcome.status === 'REJECTED' ? outcome.reason : 'NONE';
    if (outcome.status === 'APPROVED') record.everApproved = true;
    if (announced) await this.announce(record, outcome.status, record.rejectedReason)?.done;
  }

  private announce(record: TemplateRecord, event: string, reason: string, extra?: Record<string, unknown>) {
    const payload = templateStatusWebhook(record.wabaId, this.deps.clock.now(), {
      event,
      templateId: record.id,
      name: record.name,
      language: record.language,
      reason,
      category: record.category,
      ...(extra ? { extra } : {}),
    });
    return this.deps.webhooks.publish(record.wabaId, payload);
  }

  private extraInfo(event: string): Record<string, unknown> | undefined {
    if (event === 'PAUSED')
      return {
        other_info: {
          title: 'FIRST_PAUSE',
          description: 'This message template has been paused for 3 hours due to low quality.',
        },
      };
    if (event === 'DISABLED') return { disable_info: { disable_date: unixSeconds(this.deps.clock.now()) } };
    return undefined;
  }
}
