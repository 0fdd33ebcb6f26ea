import type { ChannelAccount, RoutingRule } from '@parley/contracts';
import { get, type FieldError, type UseFormReturn } from 'react-hook-form';
import type { RuleFormValues } from '../rule-form';

export type RuleForm = UseFormReturn<RuleFormValues, unknown, RoutingRule>;

/** What every condition's editor gets: the rule's form, the condition's place in it, the accounts. */
export interface ConditionEditorProps {
  form: RuleForm;
  index: number;
  accounts: readonly ChannelAccount[];
}

/** The error under one of the condition's fields (the errors of a union can't be read by key). */
export function conditionError(form: RuleForm, index: number, field: string): FieldError | undefined {
  return get(form.formState.errors, `conditions.${index}.${field}`) as FieldError | undefined;
}
