import type { Session } from '@parley/contracts';
import { AvailabilitySwitch } from './AvailabilitySwitch';
import { NotificationMenu } from './NotificationMenu';
import { useWorkNotifications } from './use-work-notifications';
import { WorkNotices } from './WorkNotices';

/**
 * For people who answer conversations: their availability, the notifications' settings, and the
 * notices of new assignments and missed first responses — on every page, not only the inbox.
 */
export function WorkdayTools({ session }: { session: Session }) {
  const work = useWorkNotifications(session);
  return (
    <>
      <AvailabilitySwitch />
      <NotificationMenu />
      <WorkNotices notices={work.notices} onOpen={work.open} onDismiss={work.dismiss} />
    </>
  );
}
