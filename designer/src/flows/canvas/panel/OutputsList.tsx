import { followEdge, outputPorts, type FlowGraph, type FlowNode } from '@parley/workflows/flows';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxInput } from './fields/CheckboxInput';
import { FieldProblems } from './fields/FieldProblems';
import { portLabel } from './model/port-label';
import { useFieldProblems } from './panel-context';

interface Props {
  node: FlowNode;
  graph: Pick<FlowGraph, 'edges'>;
  onTerminalChange: (port: string, terminal: boolean) => void;
}

function OutputRow({ node, graph, port, onTerminalChange }: Props & { port: string }) {
  const { t } = useTranslation();
  const id = useId();
  const name = portLabel(t, node, port);
  const path = `ports.${port}`;
  const problems = useFieldProblems(path);
  const connected = followEdge(graph, node.id, port) !== undefined;
  return (
    <li className="flow-panel__output">
      <span className="flow-panel__output-name">{name}</span>
      {connected ? (
        <span
          id={id}
          className="flow-panel__output-state"
          tabIndex={-1}
          data-field-path={path}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        >
          {t('flowPanel.outputs.connected')}
        </span>
      ) : (
        <>
          <span className="flow-panel__output-state flow-panel__output-state--open">
            {t('flowPanel.outputs.open')}
          </span>
          <CheckboxInput
            path={path}
            label={t('flowPanel.outputs.endsHere')}
            checked={node.terminalPorts?.includes(port) ?? false}
            onChange={(terminal) => onTerminalChange(port, terminal)}
          />
        </>
      )}
      {connected && <FieldProblems id={`${id}-problems`} problems={problems} />}
    </li>
  );
}

/** The node's outputs: which are connected, and for the rest whether taking them ends the flow. */
export function OutputsList({ node, graph, onTerminalChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ports = outputPorts(node);
  return (
    <section className="flow-panel__outputs" aria-labelledby={id}>
      <h3 id={id} className="flow-panel__subtitle">
        {t('flowPanel.outputs.title')}
      </h3>
      {ports.length === 0 ? (
        <p className="field__hint">{t('flowPanel.outputs.none')}</p>
      ) : (
        <ul className="flow-panel__outputs-list">
          {ports.map((port) => (
            <OutputRow key={port} node={node} graph={graph} port={port} onTerminalChange={onTerminalChange} />
          ))}
        </ul>
      )}
    </section>
  );
}
