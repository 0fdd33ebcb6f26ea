import { oneTimeTokenSchema } from '@parley/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { describeError, explanationText } from '../errors/describe-error';
import { StatePanel } from '../ui/StatePanel';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { previewInvitation } from './auth.api';
import { AuthCard } from './AuthCard';

const route = getRouteApi('/public/accept-invitation');

/** Joining an organisation from an invitation link: who invited whom, then name and password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const valid = oneTimeTokenSchema.safeParse(token).success;
  const preview = useQuery({
    queryKey: ['auth', 'invitation', token],
    queryFn: ({ signal }) => previewInvitation(token, signal),
    enabled: valid,
    retry: false,
    staleTime: Infinity,
  });

  if (!valid || preview.isError) {
    const body = preview.error
      ? explanationText(describeError(preview.error), t)
      : t('auth.invitation.missingToken');
    return (
      <AuthCard title={t('auth.invitation.invalidTitle')}>
        <StatePanel tone="error" title={body}>
          <Link className="button" to="/sign-in">
            {t('auth.backToSignIn')}
          </Link>
        </StatePanel>
      </AuthCard>
    );
  }
  if (!preview.data) {
    return (
      <AuthCard title={t('auth.invitation.loading')}>
        <StatePanel tone="loading" title={t('auth.invitation.loading')} />
      </AuthCard>
    );
  }
  return <AcceptInvitationForm token={token} preview={preview.data} />;
}
