import { flowNodeTypes, type FlowNode } from '@parley/workflows/flows';
import { greetingContext } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { nodeFieldPaths } from './model/node-field-paths';
import { nodeForms } from './node-forms';
import { sampleNodes } from './panel-fixtures.test-support';
import { fieldPathsIn, renderPanel, tagAt } from './render-panel.test-support';

const nodes: FlowNode[] = Object.values(sampleNodes());
const variants: FlowNode[] = [
  { ...sampleNodes().send_message, content: { kind: 'text', text: 'Hello {{contact.name}}' } },
  {
    ...sampleNodes().send_message,
    content: { kind: 'media', media: 'audio', link: 'https://cdn.example/a.mp3' },
  },
  { ...sampleNodes().trigger, match: { kind: 'regex', pattern: '^order', caseInsensitive: true } },
  { ...sampleNodes().trigger, match: { kind: 'quick_reply_payload', payloads: ['yes'] } },
  { ...sampleNodes().trigger, match: { kind: 'new_conversation' } },
  { ...sampleNodes().assign, target: { kind: 'agent', userId: 'agent-ana' } },
  { ...sampleNodes().collect_input, inputType: 'text' },
  {
    ...sampleNodes().send_template,
    templateName: 'welcome_back',
    headerParameters: ['x'],
    bodyParameters: [],
  },
];

describe('the forms of the panel', () => {
  it('cover every node type', () => {
    expect(Object.keys(nodeForms).sort()).toEqual([...flowNodeTypes].sort());
  });

  it.each([...nodes, ...variants].map((node, i) => [`${node.type} (${i + 1})`, node] as const))(
    '%s: show exactly the fields the problems are placed on, each with an id and a label',
    (_, node) => {
      const html = renderPanel(node);
      expect(fieldPathsIn(html).sort()).toEqual(nodeFieldPaths(node).sort());
      for (const path of fieldPathsIn(html)) {
        const id = /\sid="([^"]+)"/.exec(tagAt(html, path))?.[1];
        expect(id, path).toBeDefined();
        const labelled =
          html.includes(`for="${id}"`) ||
          /^<(fieldset|button)/.test(tagAt(html, path)) ||
          path.startsWith('ports.');
        expect(labelled, path).toBe(true);
      }
    },
  );

  it('label every control', () => {
    for (const node of [...nodes, ...variants]) {
      const html = renderPanel(node);
      for (const [control] of html.matchAll(/<(input|select|textarea)\b[^>]*>/g)) {
        const id = /\sid="([^"]+)"/.exec(control)?.[1];
        expect(
          control.includes('aria-label=') || (id !== undefined && html.includes(`for="${id}"`)),
          control,
        ).toBe(true);
      }
    }
  });

  it('show a trigger’s keywords one per line, its mode and priority', () => {
    const html = renderPanel(sampleNodes().trigger);
    expect(html).toContain('A message has a keyword');
    expect(html).toMatch(/<textarea[^>]*data-field-path="match\.keywords"[^>]*>hi\nhello<\/textarea>/);
    expect(tagAt(html, 'priority')).toContain('value="5"');
  });

  it('offer the organisation’s teams, agents and other flows, never the flow itself', () => {
    expect(renderPanel(sampleNodes().assign)).toMatch(
      /<option value="team-support" selected="">Support<\/option>/,
    );
    const flows = renderPanel(sampleNodes().go_to_flow, {
      context: {
        ...greetingContext(),
        flows: [
          { id: 'flow-returns', name: 'Returns', published: true },
          { id: 'flow-draft', name: 'Draft ideas', published: false },
          { id: 'flow-self', name: 'This flow', published: true },
        ],
      },
    });
    expect(flows).toContain('Returns');
    expect(flows).toContain('Draft ideas (not published)');
    expect(flows).not.toContain('This flow');
  });

  it('list the templates with their language, unusable ones disabled with their status, and one input per parameter', () => {
    const html = renderPanel(sampleNodes().send_template);
    expect(html).toMatch(/<option value="0" selected="">order_update \(en\)<\/option>/);
    expect(html).toContain('<option value="3" disabled="">spring_sale (en): rejected</option>');
    expect(html).toContain('>{{1}}</label>');
    expect(tagAt(html, 'bodyParameters.0')).toContain('value="{{order_id}}"');
  });

  it('write durations in their largest whole unit', () => {
    const wait = renderPanel(sampleNodes().wait_for_reply);
    expect(tagAt(wait, 'timeoutMinutes')).toContain('value="2"');
    expect(wait).toMatch(/<option value="days" selected="">days<\/option>/);
    expect(tagAt(renderPanel(sampleNodes().delay), 'minutes')).toContain('value="90"');
  });

  it('show a timeout only when the node has one, behind “Wait at most”', () => {
    const on = renderPanel(sampleNodes().reply_buttons);
    expect(on).toContain('Wait at most');
    expect(tagAt(on, 'timeoutMinutes')).toMatch(/^<input[^>]*type="number"/);
    const { timeoutMinutes: _, ...without } = sampleNodes().reply_buttons;
    expect(tagAt(renderPanel(without), 'timeoutMinutes')).toMatch(/^<input[^>]*type="checkbox"/);
  });

  it('choose a media file from the library, except audio, which only takes a link', () => {
    expect(renderPanel(sampleNodes().send_message)).toContain('Choose from the library');
    expect(renderPanel(variants[1] as FlowNode)).not.toContain('Choose from the library');
  });

  it('speak Japanese', () => {
    const html = renderPanel(sampleNodes().reply_buttons, { lang: 'ja' });
    expect(html).toContain('返信ボタン');
    expect(html).toContain('ボタンを追加');
    expect(html).toContain('ここでフローを終了する');
  });
});
