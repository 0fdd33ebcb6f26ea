import type { TestChatMessage } from '@parley/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

type List = NonNullable<TestChatMessage['list']>;

/** A list message's button: opens its rows, each a choice the customer taps. */
export function ChatListRows({
  list,
  disabled,
  onChoose,
}: {
  list: List;
  disabled: boolean;
  onChoose: (rowId: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rowsId = useId();
  return (
    <div className="chat-list">
      <button
        type="button"
        className="chat-choice"
        aria-expanded={open}
        aria-controls={rowsId}
        disabled={disabled}
        onClick={() => setOpen((was) => !was)}
      >
        ☰ {list.button}
      </button>
      {open && (
        <div id={rowsId} role="group" aria-label={t('flowTestChat.listRows', { label: list.button })}>
          {list.sections.map((section, index) => (
            <div key={section.title ?? index} className="chat-list__section">
              {section.title && <p className="chat-list__title">{section.title}</p>}
              {section.rows.map((row) => (
                <button
                  key={row.id}
                  type="button"
                  className="chat-list__row"
                  disabled={disabled}
                  onClick={() => {
                    setOpen(false);
                    onChoose(row.id);
                  }}
                >
                  <span>{row.title}</span>
                  {row.description && <span className="muted">{row.description}</span>}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
