import { createRoute, redirect } from '@tanstack/react-router';
import { z } from 'zod';
import { AcceptInvitationPage } from '../auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../auth/ForgotPasswordPage';
import { PublicLayout } from '../auth/PublicLayout';
import { ResetPasswordPage } from '../auth/ResetPasswordPage';
import { safeRedirect } from '../auth/safe-redirect';
import { sessionQuery, setupStatusQuery } from '../auth/session.query';
import { SetupPage } from '../auth/SetupPage';
import { SignInPage } from '../auth/SignInPage';
import { WhatsAppCallbackPage } from '../integrations/whatsapp/WhatsAppCallbackPage';
import { rootRoute } from './root.route';

/** The pages used before signing in, and the popup page Meta's signup dialog returns to. */

export const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
});

const tokenSearch = z.object({ token: z.string().default('').catch('') });

const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'sign-in',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  beforeLoad: async ({ context: { queryClient }, search }) => {
    const [setup, session] = await Promise.all([
      queryClient.query(setupStatusQuery),
      queryClient.query(sessionQuery),
    ]);
    if (setup.needed) throw redirect({ to: '/setup' });
    if (session) throw redirect({ href: safeRedirect(search.redirect) ?? '/inbox' });
  },
  component: SignInPage,
});

const setupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'setup',
  beforeLoad: async ({ context: { queryClient } }) => {
    if (!(await queryClient.query(setupStatusQuery)).needed) throw redirect({ to: '/sign-in' });
  },
  component: SetupPage,
});

const acceptInvitationRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'accept-invitation',
  validateSearch: tokenSearch,
  component: AcceptInvitationPage,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'forgot-password',
  component: ForgotPasswordPage,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: ResetPasswordPage,
});

export const whatsappCallbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'connect/whatsapp/callback',
  validateSearch: z.object({
    code: z.string().optional().catch(undefined),
    state: z.string().optional().catch(undefined),
    error: z.string().optional().catch(undefined),
    error_description: z.string().optional().catch(undefined),
  }),
  component: WhatsAppCallbackPage,
});

export const publicRoutes = publicRoute.addChildren([
  signInRoute,
  setupRoute,
  acceptInvitationRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
]);
