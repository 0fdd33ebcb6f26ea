import type { FlowNode, FlowProblem } from '@parley/workflows/flows';
import { greetingContext } from '@parley/workflows/flows/testing';
import type { Lang } from '../../../i18n/languages';
import { renderStatic } from '../../render.test-support';
import { NodePanel, type NodePanelProps } from './NodePanel';
import { sampleGraph } from './panel-fixtures.test-support';

const noop = () => undefined;

/** The static markup of a node's panel in the sample graph and the greeting organisation. */
export function renderPanel(
  node: FlowNode,
  {
    problems = [],
    lang = 'en',
    ...rest
  }: Partial<NodePanelProps> & { problems?: FlowProblem[]; lang?: Lang } = {},
): string {
  return renderStatic(
    <NodePanel
      node={node}
      graph={sampleGraph()}
      context={greetingContext()}
      flowId="flow-self"
      problems={problems}
      focusPath={null}
      focusToken={0}
      onChange={noop}
      onTerminalChange={noop}
      onConnectOutput={noop}
      onDelete={noop}
      onClose={noop}
      {...rest}
    />,
    lang,
  );
}

/** The `data-field-path` of every element of the markup, in order. */
export const fieldPathsIn = (html: string): string[] =>
  [...html.matchAll(/data-field-path="([^"]*)"/g)].map((match) => match[1] ?? '');

/** The opening tag of the element carrying `data-field-path="<path>"`. */
export const tagAt = (html: string, path: string): string =>
  new RegExp(`<[^<>]*data-field-path="${path.replaceAll('.', '\\.')}"[^<>]*>`).exec(html)?.[0] ?? '';
