import type { RoutingConditionKind } from '@parley/contracts';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { BusinessHoursConditionFields } from './BusinessHoursConditionFields';
import { ChannelAccountFields } from './ChannelAccountFields';
import type { ConditionEditorProps } from './condition-editor';
import { KeywordFields } from './KeywordFields';
import { LanguageFields } from './LanguageFields';
import { QuickReplyFields } from './QuickReplyFields';
import { RegexFields } from './RegexFields';
import { TagFields } from './TagFields';

/** One editor per condition kind; the compiler checks none is missing. */
const editors = {
  channel_account: ChannelAccountFields,
  keyword: KeywordFields,
  regex: RegexFields,
  quick_reply_payload: QuickReplyFields,
  contact_language: LanguageFields,
  contact_tag: TagFields,
  business_hours: BusinessHoursConditionFields,
} satisfies Record<RoutingConditionKind, ComponentType<ConditionEditorProps>>;

interface Props extends ConditionEditorProps {
  kind: RoutingConditionKind;
  onRemove: () => void;
}

/** One condition of the rule: its kind's editor, and removing it. */
export function ConditionFields({ kind, onRemove, ...props }: Props) {
  const { t } = useTranslation();
  const Editor = editors[kind];
  const n = props.index + 1;
  return (
    <li className="rule-condition" data-testid="routing-condition" data-kind={kind}>
      <fieldset className="fieldset">
        <legend className="rule-condition__title">
          {t('routingPage.condition.heading', { n, kind: t(`routingPage.condition.kind.${kind}`) })}
        </legend>
        <Editor {...props} />
        <div>
          <button type="button" className="button button--small button--danger-outline" onClick={onRemove}>
            {t('routingPage.editor.remove', { n })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
