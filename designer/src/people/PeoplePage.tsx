import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../organisation/use-organisation';
import { useSession } from '../shell/use-session';
import { Page } from '../ui/Page';
import { InvitationsTable } from './InvitationsTable';
import { InviteForm } from './InviteForm';
import { UsersTable } from './UsersTable';

/** Settings → People: members, inviting, and pending invitations. */
export function PeoplePage() {
  const { t } = useTranslation();
  const session = useSession();
  const organisation = useOrganisation();
  return (
    <Page title={t('people.title')} intro={<p>{t('people.intro', { organisation: organisation.name })}</p>}>
      <section className="section" aria-labelledby="members-heading">
        <h2 id="members-heading" className="section__title">
          {t('people.members')}
        </h2>
        <UsersTable myId={session.user.id} />
      </section>
      <section className="section" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="section__title">
          {t('people.invite.heading')}
        </h2>
        <InviteForm plan={organisation.plan} />
      </section>
      <section className="section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="section__title">
          {t('people.invitations.heading')}
        </h2>
        <InvitationsTable />
      </section>
    </Page>
  );
}
