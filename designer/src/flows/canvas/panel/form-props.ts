import type { FlowGraph, FlowNode, FlowValidationContext } from '@parley/workflows/flows';
import type { PanelLimits } from './model/panel-limits';

/** What every node type's form gets: its node, what it may refer to, and how to report a change. */
export interface FormProps<N extends FlowNode> {
  node: N;
  graph: FlowGraph;
  /** Undefined while it loads: pickers show that and keep the node's current value. */
  context: FlowValidationContext | undefined;
  /** The flow being edited. */
  flowId: string;
  limits: PanelLimits;
  /** The whole node with one field changed; `path` names the field (`buttons.1.title`), one undo step per field. */
  onChange: (node: N, path: string) => void;
}
