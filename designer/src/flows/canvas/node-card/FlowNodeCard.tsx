import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { inputHandle, type CanvasNode } from '../model/canvas-types';
import { NodeOverlayLine } from './NodeOverlayLine';
import { NodePorts } from './NodePorts';
import { nodeSummary } from './node-summary';

/**
 * One node on the canvas: its type and name, what it sends or checks, its problems' count, what an
 * overlay says of it (counts, a diff), the input on the left and one output per port on the right.
 * Memoised: React Flow passes the same data object while the node is unchanged.
 */
export const FlowNodeCard = memo(function FlowNodeCard({ id, data, selected }: NodeProps<CanvasNode>) {
  const { t } = useTranslation();
  const { node, problems, overlay, active, readOnly } = data;
  const summary = nodeSummary(node);
  const typeName = t(`flowPanel.types.${node.type}`);
  const classes = [
    'flow-node',
    `flow-node--${node.type}`,
    selected ? 'flow-node--selected' : '',
    active ? 'flow-node--active' : '',
    problems.length > 0 ? 'flow-node--invalid' : '',
    overlay?.kind === 'diff' ? `flow-node--${overlay.change}` : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-testid={`flow-node-${id}`}>
      {node.type !== 'trigger' && (
        <Handle
          type="target"
          position={Position.Left}
          id={inputHandle}
          isConnectable={!readOnly}
          className="flow-node__input"
        />
      )}
      <div className="flow-node__head">
        <span className="flow-node__type">{typeName}</span>
        {active && <span className="flow-node__active">{t('flowCanvas.node.active')}</span>}
        {problems.length > 0 && (
          <span
            className="flow-node__badge"
            data-testid={`flow-node-problems-${id}`}
            title={problems.map((problem) => problem.message).join('\n')}
          >
            {t('flowCanvas.node.problems', { count: problems.length })}
          </span>
        )}
      </div>
      {node.label && <div className="flow-node__label">{node.label}</div>}
      {summary && <p className="flow-node__summary">{summary}</p>}
      {(node.type === 'delay' || node.type === 'wait_for_reply') && (
        <p className="flow-node__summary">
          {t('flowCanvas.node.waits', { count: node.type === 'delay' ? node.minutes : node.timeoutMinutes })}
        </p>
      )}
      {overlay && <NodeOverlayLine overlay={overlay} />}
      <NodePorts nodeId={id} data={data} />
    </div>
  );
});
