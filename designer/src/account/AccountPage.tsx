import { useTranslation } from 'react-i18next';
import { useSession } from '../shell/use-session';
import { Page } from '../ui/Page';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';
import { SignOutEverywhere } from './SignOutEverywhere';
import { type DetailRow, DetailsList } from '../ui/DetailsList';

/** The signed-in person's own account: profile and language, password, sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  const facts: DetailRow[] = [
    [t('account.profile.email'), session.user.email],
    [t('account.profile.role'), t(`roles.${session.user.role}`)],
    [t('account.profile.organisation'), session.organisation.name],
  ];
  return (
    <Page title={t('account.title')}>
      <section className="section" aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="section__title">
          {t('account.profile.heading')}
        </h2>
        <DetailsList rows={facts} />
        <ProfileForm key={session.user.id} session={session} />
      </section>
      <section className="section" aria-labelledby="password-heading">
        <h2 id="password-heading" className="section__title">
          {t('account.password.heading')}
        </h2>
        <ChangePasswordForm />
      </section>
      <section className="section" aria-labelledby="everywhere-heading">
        <h2 id="everywhere-heading" className="section__title">
          {t('account.everywhere.heading')}
        </h2>
        <SignOutEverywhere />
      </section>
    </Page>
  );
}
