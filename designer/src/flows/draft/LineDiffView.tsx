import { useTranslation } from 'react-i18next';
import { foldUnchanged, type DiffLine } from './line-diff';

const marks = { same: ' ', mine: '−', theirs: '+' } as const;

/** A line diff of the admin's JSON and the newer revision's, long unchanged stretches folded. */
export function LineDiffView({ lines, label }: { lines: readonly DiffLine[]; label: string }) {
  const { t } = useTranslation();
  if (lines.every((line) => line.kind === 'same'))
    return <p className="muted">{t('flowDraft.stale.sameGraph')}</p>;
  return (
    <div className="line-diff" role="group" aria-label={label} data-testid="flow-line-diff">
      {foldUnchanged(lines).map((block, i) =>
        block.kind === 'folded' ? (
          <p key={i} className="line-diff__folded">
            {t('flowDraft.stale.folded', { count: block.count })}
          </p>
        ) : (
          <pre key={i} className="line-diff__lines">
            {block.lines.map((line, j) => (
              <span key={j} className={`line-diff__line line-diff__line--${line.kind}`} data-kind={line.kind}>
                {line.kind !== 'same' && (
                  <span className="visually-hidden">{t(`flowDraft.stale.${line.kind}Line`)} </span>
                )}
                <span aria-hidden="true">{marks[line.kind]} </span>
                {line.text}
                {'\n'}
              </span>
            ))}
          </pre>
        ),
      )}
    </div>
  );
}
