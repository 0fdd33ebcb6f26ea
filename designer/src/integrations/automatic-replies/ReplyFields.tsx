import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField';
import { TextAreaField } from '../../forms/TextAreaField';
import { Section } from '../../ui/Section';
import type { AutoRepliesValues, ReplyKind, Wording } from './automatic-replies-form';

/** Replies are at most 4096 characters (`automaticRepliesSchema`). */
const MAX_TEXT = 4096;

interface Props {
  kind: ReplyKind;
  form: UseFormReturn<AutoRepliesValues>;
  wording: Wording;
}

/** The greeting or the away message: on or off, and its words (Parley's, in the replies' language, to start). */
export function ReplyFields({ kind, form, wording }: Props) {
  const { t } = useTranslation();
  const errors = form.formState.errors[kind];
  const text = form.watch(`${kind}.text`);
  const headingId = `auto-replies-${kind}`;
  return (
    <Section id={headingId} title={t(`autoReplies.${kind}.heading`)} intro={t(`autoReplies.${kind}.intro`)}>
      <CheckboxField
        label={t(`autoReplies.${kind}.enabled`)}
        registration={form.register(`${kind}.enabled`, {
          onChange: (e: { target: { checked: boolean } }) => {
            if (e.target.checked && !form.getValues(`${kind}.text`).trim())
              form.setValue(`${kind}.text`, wording(form.getValues('language'), kind));
          },
        })}
        error={errors?.enabled}
        testId={`auto-replies-${kind}-enabled`}
      />
      <TextAreaField
        label={t(`autoReplies.${kind}.text`)}
        registration={form.register(`${kind}.text`)}
        error={errors?.text}
        counter={{ count: [...text.trim()].length, max: MAX_TEXT }}
        rows={4}
        data-testid={`auto-replies-${kind}-text`}
      />
    </Section>
  );
}
