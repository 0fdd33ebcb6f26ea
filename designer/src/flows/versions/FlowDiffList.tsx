import type { FlowDiff } from '@parley/contracts';
import type { FlowGraph } from '@parley/workflows/flows';
import { useTranslation } from 'react-i18next';
import { edgeName, nodeName } from './graph-names';

interface Props {
  diff: FlowDiff;
  /** The graphs compared, to name nodes and edges; null while they load. */
  before: FlowGraph | null;
  after: FlowGraph | null;
}

function NodeItem({
  graph,
  id,
  fields,
}: {
  graph: FlowGraph | null;
  id: string;
  fields?: readonly string[];
}) {
  const { name, type } = nodeName(graph, id);
  return (
    <li data-testid="flow-diff-node" data-node-id={id}>
      <span className="flow-diff__name">{name}</span>
      {type && <span className="flow-problem__type">{type}</span>}
      {fields && fields.length > 0 && (
        <span className="flow-diff__fields">
          {fields.map((field) => (
            <code key={field}>{field}</code>
          ))}
        </span>
      )}
    </li>
  );
}

/** What changed between two graphs: nodes added, removed and changed (with their fields), edges, settings. */
export function FlowDiffList({ diff, before, after }: Props) {
  const { t } = useTranslation();
  const { nodes, edges } = diff;
  const groups = [
    ['nodesAdded', nodes.added.length, nodes.added.map((id) => <NodeItem key={id} graph={after} id={id} />)],
    [
      'nodesRemoved',
      nodes.removed.length,
      nodes.removed.map((id) => <NodeItem key={id} graph={before} id={id} />),
    ],
    [
      'nodesChanged',
      nodes.changed.length,
      nodes.changed.map((c) => <NodeItem key={c.id} graph={after} id={c.id} fields={c.fields} />),
    ],
    ['edgesAdded', edges.added.length, edges.added.map((id) => <li key={id}>{edgeName(after, id)}</li>)],
    [
      'edgesRemoved',
      edges.removed.length,
      edges.removed.map((id) => <li key={id}>{edgeName(before, id)}</li>),
    ],
  ] as const;
  const shown = groups.filter(([, count]) => count > 0);

  if (shown.length === 0 && !diff.settingsChanged)
    return (
      <p className="muted" data-testid="flow-diff-none">
        {t('flowVersions.diff.none')}
      </p>
    );
  return (
    <div className="flow-diff" data-testid="flow-diff">
      {shown.map(([key, count, items]) => (
        <div key={key} className="flow-diff__group" data-testid={`flow-diff-${key}`}>
          <h3 className={`flow-diff__heading flow-diff__heading--${key}`}>
            {t(`flowVersions.diff.${key}`, { count })}
          </h3>
          <ul className="flow-diff__items">{items}</ul>
        </div>
      ))}
      {diff.settingsChanged && (
        <p data-testid="flow-diff-settings">{t('flowVersions.diff.settingsChanged')}</p>
      )}
    </div>
  );
}
