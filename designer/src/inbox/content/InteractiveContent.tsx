import { TemplateBubble } from '../../templates/preview/TemplateBubble';
import type { ViewOf } from './message-view';

/**
 * Reply buttons, a list or a link button Parley sent: header, body, footer and buttons as the
 * customer sees them; for a list, the button that opens it and the rows it offers.
 */
export function InteractiveContent({ view }: { view: ViewOf<'interactive'> }) {
  return (
    <>
      <TemplateBubble view={view.bubble} variant="inbox" />
      {view.list && (
        <div className="interactive-list">
          <p className="interactive-list__button">
            <span aria-hidden="true">☰ </span>
            {view.list.buttonLabel}
          </p>
          {view.list.sections.map((section, s) => (
            <div key={s} className="interactive-list__section">
              {section.title && <p className="interactive-list__title">{section.title}</p>}
              <ul className="interactive-list__rows">
                {section.rows.map((row, r) => (
                  <li key={r} className="interactive-list__row">
                    {row.title}
                    {row.description && (
                      <span className="interactive-list__description">{row.description}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
