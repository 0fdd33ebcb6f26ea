import type { ReactNode } from 'react';

interface Props {
  /** The heading's id, which names the section. */
  id: string;
  title: string;
  /** Text under the heading. */
  intro?: string;
  children: ReactNode;
}

/** A page's section: its heading (naming it), an intro and the content. */
export function Section({ id, title, intro, children }: Props) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id} className="section__title">
        {title}
      </h2>
      {intro !== undefined && <p className="section__intro">{intro}</p>}
      {children}
    </section>
  );
}
