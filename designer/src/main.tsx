import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureApi } from './api/http';
import { createQueryClient } from './api/query-client';
import { sessionQuery } from './auth/session.query';
import { recheckSession } from './auth/use-recheck-session';
import './i18n/i18n';
import { createAppRouter } from './router/router';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/page.css';
import './styles/dialog.css';
import './styles/auth.css';
import './styles/inbox.css';
import './styles/thread.css';
import './styles/content.css';
import './styles/composer.css';
import './styles/integrations.css';
import './styles/settings.css';
import './styles/templates.css';
import './styles/credits.css';
import './styles/inbox-work.css';
import './styles/thread-work.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

configureApi({
  csrfToken: () => queryClient.getQueryData(sessionQuery.queryKey)?.csrfToken ?? null,
  onUnauthenticated: () => void recheckSession(queryClient, router),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
