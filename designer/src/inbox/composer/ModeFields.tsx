import { CtaUrlFields } from './CtaUrlFields';
import { ListFields } from './ListFields';
import { MediaFields } from './MediaFields';
import { ReplyButtonsFields } from './ReplyButtonsFields';
import { TextBox } from './TextBox';
import type { ComposerFieldsProps } from './use-composer';

/** The fields of the chosen kind of message. */
export function ModeFields(props: ComposerFieldsProps) {
  switch (props.values.mode) {
    case 'text':
      return <TextBox {...props} />;
    case 'media':
      return <MediaFields {...props} />;
    case 'reply_buttons':
      return <ReplyButtonsFields {...props} />;
    case 'list':
      return <ListFields {...props} />;
    case 'cta_url':
      return <CtaUrlFields {...props} />;
  }
}
