import { outputPorts } from '../../ports.js';
import { portName } from '../describe.js';
import { flowIndex, portKey } from '../flow-index.js';
import { problem } from '../problem.js';
import type { FlowRuleCheck } from '../validation.types.js';

/**
 * Every output is connected or marked as ending the flow, so a run never stops somewhere the admin
 * did not decide. An edge that is invalid for another reason still counts as connected here: it is
 * reported once, as that.
 */
export const portsRule: FlowRuleCheck = (graph) => {
  const { wiredPorts } = flowIndex(graph);
  return graph.nodes.flatMap((node) =>
    outputPorts(node)
      .filter((port) => !wiredPorts.has(portKey(node.id, port)) && !node.terminalPorts?.includes(port))
      .map((port) =>
        problem(
          node.id,
          ['ports', port],
          'port_unconnected',
          `${portName(node, port)} is not connected: connect it to the next step or mark it as ending the flow.`,
        ),
      ),
  );
};
