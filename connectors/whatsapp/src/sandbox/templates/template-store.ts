import { DAY_MS } from '../clock.js';
import type { TemplateRecord } from './template.model.js';

const nameHoldMs = 30 * DAY_MS;

/** Every WABA's templates, and the names of deleted approved ones (held for 30 days). */
export class TemplateStore {
  private readonly byId = new Map<string, TemplateRecord>();
  private readonly heldNames = new Map<string, number>();

  add(record: TemplateRecord): void {
    this.byId.set(record.id, record);
  }

  get(id: string): TemplateRecord | undefined {
    return this.byId.get(id);
  }

  find(wabaId: string, name: string, language: string): TemplateRecord | undefined {
    return this.list(wabaId).find((record) => record.name === name && record.language === language);
  }

  /** A WABA's templates, oldest first. */
  list(wabaId: string): TemplateRecord[] {
    return [...this.byId.values()].filter((record) => record.wabaId === wabaId);
  }

  remove(record: TemplateRecord, nowMs: number): void {
    this.byId.delete(record.id);
    record.revision += 1; // a pending review must not bring it back
    if (record.everApproved) this.heldNames.set(nameKey(record.wabaId, record.name, record.language), nowMs);
  }

  /** Whether a deleted approved template still holds this name and language (30 days). */
  isNameHeld(wabaId: string, name: string, language: string, nowMs: number): boolean {
    const deletedAt = this.heldNames.get(nameKey(wabaId, name, language));
    return deletedAt !== undefined && nowMs - deletedAt < nameHoldMs;
  }
}

function nameKey(wabaId: string, name: string, language: string): string {
  return `${wabaId}\u0000${name}\u0000${language}`;
}
