import type { FlowProblem } from '@parley/workflows/flows';
import { createContext, useContext } from 'react';

/** What every field of the panel reads without it being passed down: its problems and the picker's names. */
export interface PanelContextValue {
  /** The node's problems, each under its nearest field's `data-field-path`. */
  problemsByField: ReadonlyMap<string, readonly FlowProblem[]>;
  /** Variables the graph sets, for the variable picker. */
  variables: readonly string[];
  /** Secret names, offered only in a request's headers and body. */
  secrets: readonly string[];
}

/** The panel's shared facts; outside a node's panel (the graph settings) fields have no problems. */
export const PanelContext = createContext<PanelContextValue>({
  problemsByField: new Map(),
  variables: [],
  secrets: [],
});

/** The problems shown under the field at `path`. */
export const useFieldProblems = (path: string): readonly FlowProblem[] =>
  useContext(PanelContext).problemsByField.get(path) ?? [];
