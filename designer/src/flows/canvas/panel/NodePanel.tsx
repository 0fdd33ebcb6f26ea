import type { FlowGraph, FlowNode, FlowProblem, FlowValidationContext } from '@parley/workflows/flows';
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from './fields/TextInput';
import { withOptional } from './model/field-values';
import { placeProblems } from './model/field-path';
import { nodeFieldPaths } from './model/node-field-paths';
import { panelLimits } from './model/panel-limits';
import { graphVariables } from './model/picker-entries';
import { formFor } from './node-forms';
import { OutputsList } from './OutputsList';
import { PanelContext } from './panel-context';
import { PanelProblems } from './PanelProblems';
import { useFocusField } from './use-focus-field';

export interface NodePanelProps {
  node: FlowNode;
  /** The whole draft (variables set elsewhere, ports connected). */
  graph: FlowGraph;
  /** Templates, teams, agents, flows, secrets, hosts and channel limits; undefined while loading. */
  context: FlowValidationContext | undefined;
  /** The flow being edited (a go_to_flow must not name it). */
  flowId: string;
  /** This node's problems from the live validator. */
  problems: readonly FlowProblem[];
  /** Set when the admin clicks a problem: that field (or the nearest enclosing one) is focused. */
  focusPath: readonly (string | number)[] | null;
  /** Increments on every click, so clicking the same problem twice refocuses. */
  focusToken: number;
  /** The whole node with the change; `mergeKey` (`${node.id}:${path}`) makes one field's keystrokes one undo step. */
  onChange: (node: FlowNode, mergeKey: string) => void;
  /** "Ends the flow here" for an unconnected output. */
  onTerminalChange: (port: string, terminal: boolean) => void;
  /** Connects an output to another node, or cuts it (`null`). */
  onConnectOutput: (port: string, target: string | null) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** The selected node's settings beside the canvas: its name, its type's fields, its outputs and problems. */
export function NodePanel(props: NodePanelProps) {
  const { node, graph, context, flowId, problems, focusPath, focusToken } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const root = useRef<HTMLElement>(null);
  const limits = useMemo(() => panelLimits(context), [context]);
  const placed = useMemo(() => placeProblems(problems, nodeFieldPaths(node)), [problems, node]);
  const variables = useMemo(() => graphVariables(graph), [graph]);
  const shared = useMemo(
    () => ({ problemsByField: placed.byField, variables, secrets: context?.secrets ?? [] }),
    [placed.byField, variables, context],
  );
  useFocusField(root, focusPath, focusToken);
  const Form = formFor(node.type);
  const change = (next: FlowNode, path: string) => props.onChange(next, `${node.id}:${path}`);
  return (
    <section ref={root} className="flow-panel" aria-labelledby={titleId} data-testid="node-panel">
      <header className="flow-panel__header">
        <div>
          <h2 id={titleId} className="flow-panel__title" tabIndex={-1} data-focus-fallback="title">
            {t(`flowPanel.types.${node.type}`)}
          </h2>
          <p className="field__hint">{t(`flowPanel.typeHints.${node.type}`)}</p>
          <p className="flow-panel__id">{t('flowPanel.id', { id: node.id })}</p>
        </div>
        <button type="button" className="button button--small" onClick={props.onClose}>
          {t('flowPanel.close')}
        </button>
      </header>
      <PanelProblems problems={placed.unplaced} />
      <PanelContext.Provider value={shared}>
        <div className="flow-panel__fields">
          <TextInput
            path="label"
            label={t('flowPanel.label')}
            hint={t('flowPanel.labelHint')}
            value={node.label ?? ''}
            max={limits.label}
            onChange={(label) => change(withOptional(node, 'label', label), 'label')}
          />
          <Form
            node={node}
            graph={graph}
            context={context}
            flowId={flowId}
            limits={limits}
            onChange={change}
          />
        </div>
        <OutputsList
          node={node}
          graph={graph}
          onTerminalChange={props.onTerminalChange}
          onConnectOutput={props.onConnectOutput}
        />
      </PanelContext.Provider>
      <footer className="flow-panel__footer">
        <button type="button" className="button button--danger-outline" onClick={props.onDelete}>
          {t('flowPanel.delete')}
        </button>
      </footer>
    </section>
  );
}
