import { Handle, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { FlowNodeData } from '../model/canvas-types';
import { isFixedPort, optionPort } from '../model/port-names';

/**
 * A node's outputs, one row each with its handle on the right: a button's or row's title, a
 * branch's label or the fixed port's name. An output neither connected nor ending the flow is
 * marked open (in words too, not only by colour).
 */
export function NodePorts({ nodeId, data }: { nodeId: string; data: FlowNodeData }) {
  const { t } = useTranslation();
  const { node, ports, connectedPorts, readOnly } = data;
  if (ports.length === 0) return null;
  const terminal = new Set(node.terminalPorts ?? []);
  return (
    <ul className="flow-node__ports">
      {ports.map((port) => {
        const title =
          optionPort(node, port)?.title ?? (isFixedPort(port) ? t(`flowPanel.ports.${port}`) : port);
        const open = !connectedPorts.has(port);
        const ends = terminal.has(port);
        return (
          <li
            key={port}
            className={`flow-node__port${open ? ' flow-node__port--open' : ''}`}
            data-testid={`flow-port-${nodeId}-${port}`}
          >
            <span className="flow-node__port-name">{title}</span>
            {open && <span className="flow-node__port-state">{t('flowCanvas.node.open')}</span>}
            {ends && <span className="flow-node__port-state">{t('flowCanvas.node.ends')}</span>}
            <Handle
              type="source"
              position={Position.Right}
              id={port}
              isConnectable={!readOnly}
              className="flow-node__output"
            />
          </li>
        );
      })}
    </ul>
  );
}
