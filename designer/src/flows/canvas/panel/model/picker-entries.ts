import {
  builtInVariables,
  contactPlaceholders,
  variableNameSchema,
  type FlowGraph,
} from '@parley/workflows/flows';

/** One placeholder the variable picker offers. */
export interface PickerEntry {
  kind: 'variable' | 'contact' | 'builtIn' | 'secret';
  /** As it is written inside the braces: `order_id`, `contact.name`, `secret.API_TOKEN`. */
  name: string;
}

/** The text a placeholder is written as: `{{order_id}}`. */
export const placeholderText = (name: string): string => `{{${name}}}`;

/**
 * The variables the graph sets anywhere (set_variable, a question's or a wait's `saveAs`, a
 * request's response map), sorted, each once; names not yet valid are left out.
 */
export function graphVariables(graph: Pick<FlowGraph, 'nodes'>): string[] {
  const names = graph.nodes.flatMap((node): (string | undefined)[] => {
    switch (node.type) {
      case 'set_variable':
        return [node.name];
      case 'collect_input':
      case 'wait_for_reply':
        return [node.saveAs];
      case 'http_request':
        return node.responseMap.map((entry) => entry.variable);
      default:
        return [];
    }
  });
  const valid = names.filter(
    (name): name is string => name !== undefined && variableNameSchema.safeParse(name).success,
  );
  return [...new Set(valid)].sort();
}

/**
 * What the picker offers: the graph's variables, the contact's fields and the last reply, and — only
 * where a request's headers or body are written — the organisation's secrets, by name (never a value).
 */
export function pickerEntries(
  variables: readonly string[],
  secrets: readonly string[] | null,
): PickerEntry[] {
  return [
    ...variables.map((name): PickerEntry => ({ kind: 'variable', name })),
    ...contactPlaceholders.map((name): PickerEntry => ({ kind: 'contact', name })),
    ...builtInVariables.map((name): PickerEntry => ({ kind: 'builtIn', name })),
    ...(secrets ?? []).map((name): PickerEntry => ({ kind: 'secret', name: `secret.${name}` })),
  ];
}
