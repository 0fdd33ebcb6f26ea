/** What the engine and the template-lifecycle workflow agree on: names, payloads and activities. */

export const templateLifecycleWorkflowType = 'templateLifecycleWorkflow';
export const templatePlatformEventSignalName = 'templatePlatformEvent';
export const submitTemplateUpdateName = 'submitTemplate';
export const unpauseTemplateUpdateName = 'unpauseTemplate';
export const deleteTemplateUpdateName = 'deleteTemplate';

/** The application failure a permanent platform refusal of a submission, unpause or delete becomes. */
export const platformRefusedFailureType = 'PlatformRefused';

/** One per template, its id from the WhatsApp Business Account and Parley's id of the template. */
export function templateWorkflowId(wabaId: string, templateId: string): string {
  return `template:${wabaId}:${templateId}`;
}

/**
 * Statuses in which WhatsApp is still deciding (review, appeal) or will decide by itself (a pause
 * lifts after hours): the workflow polls WhatsApp in these when no webhook comes.
 */
export const watchedTemplateStatuses: readonly string[] = ['SUBMITTING', 'PENDING', 'IN_APPEAL', 'PAUSED'];
/** The longest wait between two polls of a template WhatsApp keeps deciding on. */
export const maxTemplatePollIntervalMs = 6 * 60 * 60 * 1000;

/** Something WhatsApp said about the template: from a webhook, a poll or the hourly sync. */
export interface TemplatePlatformEvent {
  /** Unique per event: a redelivered webhook is acted on once. */
  eventKey: string;
  kind: 'status' | 'category';
  /** `status`: the new status (APPROVED, REJECTED, PAUSED, …). */
  status?: string;
  reason?: string | null;
  /** `category`: the category announced or applied, and the one before. */
  category?: string;
  previousCategory?: string;
  phase?: 'announced' | 'changed';
  source: 'webhook' | 'poll' | 'sync';
  occurredAt: string;
  /** Extra words WhatsApp gave (a pause's title and description, a disable date). */
  detail?: string | null;
}

export interface TemplateLifecycleInput {
  templateId: string;
  /** The status Parley has stored when the workflow starts (SUBMITTING for a new template). */
  status: string;
  /** How long WhatsApp's review usually takes: the first poll comes after this. */
  reviewPollAfterMs: number;
  /** Carried over by continue-as-new. */
  seenEventKeys?: string[];
  pollAttempt?: number;
}

export interface TemplateActivityInput {
  templateId: string;
}

/** `submitTemplate`'s answer: the status WhatsApp gave (normally PENDING). */
export interface SubmittedTemplate {
  status: string;
  platformTemplateId: string;
}

export interface RecordedTemplateEvent {
  /** The status after the event (unchanged for a duplicate or a category announcement). */
  status: string;
  /** False when the template is gone from Parley: the workflow then ends. */
  exists: boolean;
}

export interface DeletedTemplate {
  /** When the name and language may be used again (30 days for a once-approved template). */
  nameHeldUntil: string | null;
}

/** Activities the template-lifecycle workflow calls; implemented by the engine's worker. */
export interface TemplateActivities {
  /** Creates the template on WhatsApp, or submits its pending edit; records the outcome. */
  submitTemplate(input: TemplateActivityInput): Promise<SubmittedTemplate>;
  /** Applies one platform event to the stored template, its timeline and the live view. */
  recordTemplateEvent(
    input: TemplateActivityInput & { event: TemplatePlatformEvent },
  ): Promise<RecordedTemplateEvent>;
  /** Reads the template's status from WhatsApp and records a change as a `poll` event. */
  pollTemplate(input: TemplateActivityInput): Promise<RecordedTemplateEvent>;
  unpauseTemplate(input: TemplateActivityInput & { actorUserId: string | null }): Promise<void>;
  deleteTemplate(input: TemplateActivityInput): Promise<DeletedTemplate>;
}
