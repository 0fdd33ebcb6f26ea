import { useEffect, type ReactNode } from 'react';

/** The card a public page (sign in, setup, invitation, reset) sits in, with its heading. */
export function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);
  return (
    <main className="auth-card">
      <h1 id="page-heading" className="auth-card__title" tabIndex={-1}>
        {title}
      </h1>
      {intro && <div className="auth-card__intro">{intro}</div>}
      {children}
    </main>
  );
}
