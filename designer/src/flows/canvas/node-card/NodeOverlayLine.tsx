import { useTranslation } from 'react-i18next';
import type { NodeOverlay } from '../model/canvas-types';

/** What an overlay says of a node: a version's counts, or how it changed in a diff. */
export function NodeOverlayLine({ overlay }: { overlay: NodeOverlay }) {
  const { t } = useTranslation();
  if (overlay.kind === 'diff')
    return (
      <p className={`flow-node__diff flow-node__diff--${overlay.change}`}>
        {t(`flowCanvas.diff.${overlay.change}`)}
      </p>
    );
  return (
    <dl className="flow-node__counts" data-testid="flow-node-counts">
      <div>
        <dt>{t('flowCanvas.counts.entered')}</dt>
        <dd>{overlay.entered}</dd>
      </div>
      <div>
        <dt>{t('flowCanvas.counts.completed')}</dt>
        <dd>{overlay.completed}</dd>
      </div>
      <div>
        <dt>{t('flowCanvas.counts.dropped')}</dt>
        <dd>{overlay.dropped}</dd>
      </div>
      {overlay.waiting > 0 && (
        <div>
          <dt>{t('flowCanvas.counts.waiting')}</dt>
          <dd>{overlay.waiting}</dd>
        </div>
      )}
    </dl>
  );
}
