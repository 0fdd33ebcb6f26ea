import { useEffect, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Text under the heading. */
  intro?: ReactNode;
  children: ReactNode;
  /** Breadcrumb-like link above the heading. */
  back?: ReactNode;
  /** The page's main actions, beside the heading ("New template"). */
  actions?: ReactNode;
  /** The whole width of the window (an editor), not a reading width. */
  wide?: boolean;
}

/** A settings-style page: its heading (focused on navigation), an intro and the content. */
export function Page({ title, intro, back, actions, wide = false, children }: Props) {
  useEffect(() => {
    document.title = `${title} · Parley`;
  }, [title]);
  return (
    <main className={wide ? 'page page--wide' : 'page'}>
      <div className="page__inner">
        {back && <p className="page__back">{back}</p>}
        <header className="page__header">
          <h1 id="page-heading" className="page__title" tabIndex={-1}>
            {title}
          </h1>
          {actions && <div className="page__actions">{actions}</div>}
        </header>
        {intro && <div className="page__intro">{intro}</div>}
        {children}
      </div>
    </main>
  );
}
