import { ContactsContent } from './ContactsContent';
import { InteractiveContent } from './InteractiveContent';
import { LocationContent } from './LocationContent';
import { MediaContent } from './MediaContent';
import type { MessageView } from './message-view';
import { ReactionContent } from './ReactionContent';
import { ReplyContent } from './ReplyContent';
import { TemplateBubble } from '../../templates/preview/TemplateBubble';
import { UnsupportedContent } from './UnsupportedContent';

/** The body of a message bubble, one component per kind of content. */
export function MessageContent({ view }: { view: MessageView }) {
  switch (view.kind) {
    case 'text':
      return <p className="message__text">{view.text}</p>;
    case 'media':
      return <MediaContent view={view} />;
    case 'location':
      return <LocationContent view={view} />;
    case 'contacts':
      return <ContactsContent view={view} />;
    case 'reply':
      return <ReplyContent view={view} />;
    case 'reaction':
      return <ReactionContent view={view} />;
    case 'unsupported':
      return <UnsupportedContent view={view} />;
    case 'template':
      return <TemplateBubble view={view.bubble} variant="inbox" />;
    case 'interactive':
      return <InteractiveContent view={view} />;
  }
}
