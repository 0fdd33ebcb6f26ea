import { useParams } from '@tanstack/react-router';
import { Inbox } from './Inbox';
import { useInbox } from './use-inbox';

/** `/inbox` and `/inbox/$conversationId`: one mounted inbox, the URL naming the open conversation. */
export function InboxPage() {
  const selectedId = useParams({ strict: false }).conversationId ?? null;
  const inbox = useInbox(selectedId);
  return <Inbox inbox={inbox} selectedId={selectedId} />;
}
