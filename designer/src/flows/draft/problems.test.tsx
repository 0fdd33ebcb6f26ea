import { validateFlow } from '@parley/workflows/flows';
import { greetingContext } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { tags } from '../../business-hours/render-in-router.test-support';
import { danglingGraph, FLOW_ID } from '../fixtures.test-support';
import { renderStatic } from '../render.test-support';
import { DraftProblems } from './DraftProblems';
import { graphText, problemRange, readDraft } from './draft-text';
import { ProblemsList } from './ProblemsList';
import { PublishControl } from './PublishControl';

const noop = () => undefined;
const context = { isError: false, error: null, refetch: () => Promise.resolve() } as never;

const text = graphText(danglingGraph());
const reading = readDraft(text);
const value = reading.kind === 'json' ? reading.value : null;
const problems = validateFlow(value, greetingContext()).problems;

describe('the live problems list', () => {
  it('comes from the shared validator: the menu’s timeout output leads nowhere', () => {
    expect(problems).toEqual([expect.objectContaining({ nodeId: 'menu', rule: 'port_unconnected' })]);
  });

  it('names the node by label and id, its type, the field and the rule, and goes to it when pressed', () => {
    const html = renderStatic(<ProblemsList problems={problems} value={value} onGo={noop} />);
    expect(tags(html, 'flow-problem')[0]).toMatch(/^<button type="button"[^>]*data-node-id="menu"/);
    expect(html).toContain('Main menu (menu)');
    expect(html).toContain('reply_buttons');
    expect(html).toContain('ports.timeout');
    expect(html).toContain('Unconnected output');
    expect(html).toContain((problems[0]?.message ?? '').replaceAll('"', '&quot;'));
    expect(renderStatic(<ProblemsList problems={problems} value={value} onGo={noop} />, 'ja')).toContain(
      '未接続の出力',
    );
  });

  it('finds the problem’s node in the JSON, to select it', () => {
    const range = problemRange(text, value, { nodeId: 'menu', path: ['ports', 'timeout'] });
    const selected = range ? text.slice(range.start, range.end) : '';
    expect(selected.startsWith('{')).toBe(true);
    expect(JSON.parse(selected)).toMatchObject({ id: 'menu', type: 'reply_buttons' });
    const field = problemRange(text, value, { nodeId: 'menu', path: ['body'] });
    expect(field && text.slice(field.start, field.end)).toBe('"How can we help?"');
    expect(problemRange(text, value, { nodeId: 'gone', path: [] })).toBeNull();
  });

  it('counts the problems in its heading, or says the draft can be published', () => {
    const html = renderStatic(
      <DraftProblems reading={reading} problems={problems} context={context} lastSaved={[]} onGo={noop} />,
    );
    expect(html).toContain('>1 problem</h2>');
    const none = renderStatic(
      <DraftProblems reading={reading} problems={[]} context={context} lastSaved={[]} onGo={noop} />,
    );
    expect(tags(none, 'flow-problems-none')).toHaveLength(1);
  });

  it('asks for valid JSON first, naming the line', () => {
    const broken = readDraft('{\n  "nodes": [\n}');
    const html = renderStatic(
      <DraftProblems reading={broken} problems={null} context={context} lastSaved={[]} onGo={noop} />,
    );
    expect(html).toContain('Fix the JSON first: it stops being valid at line 3.');
  });
});

describe('the Publish button', () => {
  const control = (props: Partial<React.ComponentProps<typeof PublishControl>>) =>
    renderStatic(
      <PublishControl
        flowId={FLOW_ID}
        revision={() => 3}
        state={{ kind: 'saved' }}
        problems={[]}
        value={value}
        onPublished={noop}
        onStale={noop}
        onGo={noop}
        {...props}
      />,
    );

  it('is disabled while the draft has problems, pointing at the list', () => {
    const html = control({ problems });
    expect(tags(html, 'flow-publish')[0]).toContain('disabled=""');
    expect(tags(html, 'flow-publish')[0]).toContain('aria-describedby=');
    expect(html).toContain('Fix the problem below to publish.');
  });

  it('waits for the draft to be saved and checked', () => {
    expect(control({ state: { kind: 'waiting' } })).toContain('Publishing waits until the draft is saved.');
    expect(control({ problems: null })).toContain('The draft is being checked.');
  });

  it('opens the dialog once the saved draft has no problems', () => {
    const html = control({});
    expect(tags(html, 'flow-publish')[0]).not.toContain('disabled');
    expect(tags(html, 'flow-publish-reason')).toHaveLength(0);
  });
});
