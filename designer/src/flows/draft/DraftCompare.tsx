import type { FlowDetail } from '@parley/contracts';
import { useTranslation } from 'react-i18next';
import { comparableTexts, type DraftFields } from './draft-text';
import { lineDiff } from './line-diff';
import { LineDiffView } from './LineDiffView';

/** The admin's unsaved draft against the newer revision: name, description and graph, line by line. */
export function DraftCompare({ mine, theirs }: { mine: DraftFields; theirs: FlowDetail }) {
  const { t } = useTranslation();
  const fields = [
    ['name', mine.name, theirs.name],
    ['description', mine.description, theirs.description],
  ] as const;
  const changed = fields.filter(([, a, b]) => a.trim() !== b.trim());
  return (
    <div className="flow-compare" data-testid="flow-compare">
      <p className="muted">{t('flowDraft.stale.legend', { revision: theirs.draft.revision })}</p>
      {changed.length > 0 && (
        <dl className="details">
          {changed.map(([field, a, b]) => (
            <div key={field} className="details__row">
              <dt>{t(`flowDraft.fields.${field}`)}</dt>
              <dd>
                {t('flowDraft.stale.fieldMine', { value: a || t('common.dash') })}
                <br />
                {t('flowDraft.stale.fieldTheirs', { value: b || t('common.dash') })}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <LineDiffView
        lines={lineDiff(...comparableTexts(mine.text, theirs.draft.graph))}
        label={t('flowDraft.stale.diffLabel')}
      />
    </div>
  );
}
