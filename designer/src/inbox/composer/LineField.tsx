import { TextField } from '../../forms/TextField';
import { charCount } from './composer-values';
import type { ComposerFieldsProps } from './use-composer';

interface Props extends Pick<ComposerFieldsProps, 'form' | 'values' | 'issueAt'> {
  name: 'header' | 'footer' | 'displayText' | 'buttonLabel';
  label: string;
  hint?: string;
  max: number;
  testId: string;
}

/** One line of a message's words (its header, a button's label…), with its count against the channel's limit. */
export function LineField({ form, values, issueAt, name, label, hint, max, testId }: Props) {
  return (
    <TextField
      label={label}
      hint={hint}
      registration={form.register(name)}
      error={issueAt(name)}
      counter={{ count: charCount(values[name]), max }}
      autoComplete="off"
      data-testid={testId}
    />
  );
}
