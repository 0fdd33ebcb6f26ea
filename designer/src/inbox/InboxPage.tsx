import { getRouteApi, useParams } from '@tanstack/react-router';
import { useSession } from '../shell/use-session';
import { Inbox } from './Inbox';
import { useInboxScope } from './list/use-inbox-scope';
import { useInbox } from './use-inbox';

const route = getRouteApi('/app/inbox');

/**
 * `/inbox` and `/inbox/$conversationId`: one mounted inbox, the URL naming the open conversation,
 * its search the view and filters (`?view=queue&teamId=…`).
 */
export function InboxPage() {
  const selectedId = useParams({ strict: false }).conversationId ?? null;
  const search = route.useSearch();
  const me = useSession().user.id;
  const scope = useInboxScope(search, me);
  const inbox = useInbox(selectedId, scope.view);
  return <Inbox inbox={inbox} selectedId={selectedId} scope={scope} me={me} />;
}
