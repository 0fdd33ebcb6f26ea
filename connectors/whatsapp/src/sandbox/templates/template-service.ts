import { DAY_MS, type SandboxClock } from '../clock.js';
import { newGraphId } from '../meta-payloads.js';
import {
  editTemplateSchema,
  invalidParameter,
  shapeProblem,
  stripUndefined,
  type TemplateProblem,
} from './template-request.js';
import type { TemplateReviewer } from './template-reviewer.js';
import { checkDraft, type HeaderSampleLookup } from './template-rules.js';
import type { TemplateStore } from './template-store.js';
import type { TemplateDraft, TemplateRecord } from './template.model.js';

const editableStatuses = ['APPROVED', 'REJECTED', 'PAUSED'];

/** Creating, editing and deleting a WABA's templates, with Meta's rules. */
export class TemplateService {
  constructor(
    readonly store: TemplateStore,
    readonly reviewer: TemplateReviewer,
    private readonly clock: SandboxClock,
    /** Files of the Resumable Upload API, by handle: the samples of media headers. */
    private readonly headerSamples: HeaderSampleLookup,
  ) {}

  create(wabaId: string, draft: TemplateDraft): TemplateRecord | TemplateProblem {
    const problem = checkDraft(draft, this.headerSamples);
    if (problem) return problem;
    const nowMs = this.clock.nowMs();
    if (this.store.find(wabaId, draft.name, draft.language))
      return invalidParameter(
        'Content in This Language Already Exists',
        `There is already ${draft.language} content for this template. You can create a new template and try again.`,
        2388024,
      );
    if (this.store.isNameHeld(wabaId, draft.name, draft.language, nowMs))
      return invalidParameter(
        'Message template language is being deleted',
        `New ${draft.language} content can't be added while the existing ${draft.language} content is being deleted. Try again in 4 weeks or create a new message template.`,
        2388023,
      );
    const record: TemplateRecord = {
      ...draft,
      id: newGraphId(),
      wabaId,
      status: 'PENDING',
      rejectedReason: 'NONE',
      revision: 0,
      approvedEdits: [],
      everApproved: false,
    };
    this.store.add(record);
    this.reviewer.scheduleReview(record);
    return record;
  }

  /** An approved template already in use on every new WABA, as Meta gives them. */
  seedHelloWorld(wabaId: string): TemplateRecord {
    const record: TemplateRecord = {
      id: newGraphId(),
      wabaId,
      name: 'hello_world',
      language: 'en_US',
      category: 'UTILITY',
      allowCategoryChange: false,
      parameterFormat: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Hello World' },
        {
          type: 'BODY',
          text: 'Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the Cloud API, hosted by Meta. Thank you for taking the time to test with us.',
        },
        { type: 'FOOTER', text: 'WhatsApp Business Platform sample message' },
      ],
      status: 'APPROVED',
      rejectedReason: 'NONE',
      revision: 0,
      approvedEdits: [],
      everApproved: true,
    };
    this.store.add(record);
    return record;
  }

  edit(record: TemplateRecord, body: unknown): TemplateProblem | undefined {
    const parsed = editTemplateSchema.safeParse(body);
    if (!parsed.success) return shapeProblem(parsed.error);
    if (!editableStatuses.includes(record.status))
      return invalidParameter(
        'Template can’t be edited',
        'Only approved, rejected or paused templates can be edited.',
      );
    const nowMs = this.clock.nowMs();
    const approved = record.status === 'APPROVED';
    const request = parsed.data;
    if (approved) {
      if (request.category && request.category !== record.category)
        return invalidParameter(
          'Category can’t be changed',
          'The category of an approved template cannot be changed.',
        );
      const recent = record.approvedEdits.filter((at) => nowMs - at < 30 * DAY_MS);
      if (recent.some((at) => nowMs - at < DAY_MS))
        return invalidParameter('Edit limit reached', 'An approved template can be edited once in 24 hours.');
      if (recent.length >= 10)
        return invalidParameter(
          'Edit limit reached',
          'An approved template can be edited up to 10 times in 30 days.',
        );
    }
    const draft: TemplateDraft = {
      ...record,
      category: request.category ?? record.category,
      parameterFormat: request.parameter_format ?? record.parameterFormat,
      components: request.components?.map(stripUndefined) ?? record.components,
    };
    const problem = checkDraft(draft, this.headerSamples);
    if (problem) return problem;
    if (approved) record.approvedEdits.push(nowMs);
    Object.assign(record, {
      category: draft.category,
      parameterFormat: draft.parameterFormat,
      components: draft.components,
    });
    this.reviewer.scheduleReview(record);
    return undefined;
  }

  /** `POST /{template-id}/unpause`: only a PAUSED template; it is APPROVED again. */
  unpause(record: TemplateRecord): TemplateProblem | undefined {
    if (this.reviewer.unpause(record)) return undefined;
    return invalidParameter('Template can’t be unpaused', 'Only paused templates can be unpaused.');
  }

  /** Deletes every language of a name (or the one `hsm_id`); returns how many went. */
  remove(wabaId: string, name: string, hsmId: string | undefined): number {
    const doomed = this.store
      .list(wabaId)
      .filter((record) => record.name === name && (hsmId === undefined || record.id === hsmId));
    for (const record of doomed) this.store.remove(record, this.clock.nowMs());
    return doomed.length;
  }
}
