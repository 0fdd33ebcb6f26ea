import { followEdge, outputPorts, type FlowGraph, type FlowNode } from '@parley/workflows/flows';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { canConnect } from '../model/connection-rules';
import { CheckboxInput } from './fields/CheckboxInput';
import { SelectInput, type SelectOption } from './fields/SelectInput';
import { portLabel } from './model/port-label';

interface Props {
  node: FlowNode;
  graph: FlowGraph;
  onTerminalChange: (port: string, terminal: boolean) => void;
  /** Connects the output to another node, or cuts it (`null`): the keyboard's way to draw an edge. */
  onConnectOutput: (port: string, target: string | null) => void;
}

/** The nodes an output may lead to, by name, as the schema's port rules allow. */
function targetOptions(node: FlowNode, graph: FlowGraph, port: string, t: (key: string) => string) {
  return graph.nodes
    .filter(
      (candidate) =>
        candidate.id === followEdge(graph, node.id, port) ||
        canConnect(graph, { source: node.id, sourceHandle: port, target: candidate.id }),
    )
    .map((candidate) => ({
      value: candidate.id,
      label: `${candidate.label || t(`flowPanel.types.${candidate.type}`)} (${candidate.id})`,
    }));
}

function OutputRow({ node, graph, port, onTerminalChange, onConnectOutput }: Props & { port: string }) {
  const { t } = useTranslation();
  const target = followEdge(graph, node.id, port) ?? '';
  const options: SelectOption<string>[] = [
    { value: '', label: t('flowPanel.outputs.open') },
    ...targetOptions(node, graph, port, t as (key: string) => string),
  ];
  return (
    <li className="flow-panel__output">
      <SelectInput
        path={`ports.${port}`}
        label={portLabel(t, node, port)}
        value={target}
        options={options}
        onChange={(next) => onConnectOutput(port, next === '' ? null : next)}
      />
      {target === '' && (
        <CheckboxInput
          path={null}
          label={t('flowPanel.outputs.endsHere')}
          checked={node.terminalPorts?.includes(port) ?? false}
          onChange={(terminal) => onTerminalChange(port, terminal)}
        />
      )}
    </li>
  );
}

/**
 * The node's outputs: where each leads (a select, so the keyboard can connect nodes too), and for
 * those that lead nowhere whether taking them ends the flow.
 */
export function OutputsList(props: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ports = outputPorts(props.node);
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
            <OutputRow key={port} {...props} port={port} />
          ))}
        </ul>
      )}
    </section>
  );
}
