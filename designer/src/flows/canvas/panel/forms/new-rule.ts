import type { ConditionRule } from '@parley/workflows/flows';

/** A rule of a kind as it starts, for the admin to fill in: the reply equals "", a tag present, hours open. */
export function newRule(kind: ConditionRule['kind']): ConditionRule {
  switch (kind) {
    case 'compare':
      return { kind, subject: { kind: 'reply' }, operator: 'equals', value: '' };
    case 'tag':
      return { kind, tag: '', present: true };
    case 'business_hours':
      return { kind, open: true };
  }
}
