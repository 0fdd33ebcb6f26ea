import type { FlowNode } from '@parley/workflows/flows';
import type { Translate } from '../../../../i18n/translate';
import { isFixedPort, optionPort } from '../../model/port-names';

/** An output as the panel names it: "Button “My order”", "Timeout", or its id when it is neither. */
export function portLabel(t: Translate, node: FlowNode, port: string): string {
  const option = optionPort(node, port);
  if (option) return t(`flowPanel.outputs.${option.kind}`, { title: option.title });
  return isFixedPort(port) ? t(`flowPanel.ports.${port}`) : port;
}
