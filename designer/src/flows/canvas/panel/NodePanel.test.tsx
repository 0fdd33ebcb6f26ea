import type { FlowProblem } from '@parley/workflows/flows';
import { greetingContext } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { renderStatic } from '../../render.test-support';
import { GraphSettingsPanel } from './GraphSettingsPanel';
import { sampleNodes } from './panel-fixtures.test-support';
import { renderPanel, tagAt } from './render-panel.test-support';

const noop = () => undefined;
const problem = (path: FlowProblem['path'], message: string): FlowProblem => ({
  nodeId: 'menu',
  path,
  rule: 'channel_limit',
  message,
});

describe('the node panel', () => {
  it('names the node’s type, its id and what it does', () => {
    const html = renderPanel(sampleNodes().reply_buttons);
    expect(html).toContain('>Reply buttons</h2>');
    expect(html).toContain('ID: menu');
    expect(html).toContain('Sends up to 3 buttons and waits for a tap.');
    expect(tagAt(html, 'label')).toContain('value="Main menu"');
  });

  it('counts texts against the strictest channel’s limit and says in words when one is over', () => {
    const node = {
      ...sampleNodes().reply_buttons,
      buttons: [{ id: 'order', title: 'A title far too long here' }],
    };
    const html = renderPanel(node);
    expect(html).toContain('16 / 1024 characters');
    expect(html).toContain('Too long: 25 / 20 characters (5 over)');
    expect(html).toContain('flow-panel__counter--over');
    expect(renderPanel(node, { context: undefined })).toContain('25 / 40 characters');
  });

  it('offers to add buttons up to the channel’s maximum', () => {
    const full = {
      ...sampleNodes().reply_buttons,
      buttons: [1, 2, 3].map((n) => ({ id: `b${n}`, title: `Option ${n}` })),
    };
    expect(renderPanel(full)).toMatch(
      /<button type="button" class="button button--small" disabled="">Add a button</,
    );
    expect(renderPanel(sampleNodes().reply_buttons)).toMatch(
      /<button type="button" class="button button--small">Add a button</,
    );
  });

  it('shows a problem under its field, tied to the control, and one of no field at the top', () => {
    const html = renderPanel(sampleNodes().reply_buttons, {
      problems: [
        problem(['buttons', 1, 'title'], 'Button titles are at most 20 characters on WhatsApp.'),
        problem([], 'WhatsApp does not support something.'),
      ],
    });
    const control = tagAt(html, 'buttons.1.title');
    expect(control).toContain('aria-invalid="true"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(control)?.[1] ?? '';
    const problemsId = describedBy.split(' ').find((id) => id.endsWith('-problems'));
    expect(html).toMatch(
      new RegExp(`id="${problemsId}"[^>]*><li class="field__error">Button titles are at most 20`),
    );
    expect(html).toMatch(/flow-panel__top-problems[^>]*><ul><li>WhatsApp does not support something\.<\/li>/);
    expect(html).not.toMatch(/flow-panel__top-problems[^>]*><ul><li>Button titles/);
  });

  it('lists where each output leads, offers the nodes it may lead to, and lets an open one end the flow', () => {
    const html = renderPanel({ ...sampleNodes().reply_buttons, terminalPorts: ['no_match'] });
    expect(html).toContain('Button “My order”');
    expect(html).toContain('Timeout');
    const order = html.slice(html.indexOf('data-field-path="ports.order"'));
    const orderSelect = order.slice(0, order.indexOf('</select>'));
    expect(orderSelect).toMatch(/<option value="order_reply" selected="">/);
    // Never back to a trigger, nor to itself (a reply-buttons node may: it waits for the customer).
    expect(orderSelect).not.toContain('value="start"');
    expect(orderSelect).toContain('value="menu"');
    const noMatch = html.slice(html.indexOf('data-field-path="ports.no_match"'));
    expect(noMatch.slice(0, noMatch.indexOf('</select>'))).toMatch(
      /<option value="" selected="">Not connected/,
    );
    expect(noMatch).toMatch(/<input[^>]*type="checkbox"[^>]*checked=""/);
    expect(html).toContain('Ends the flow here');
    expect(renderPanel(sampleNodes().assign)).toContain('This step has no outputs');
  });

  it('offers the graph’s variables and the contact’s fields, and secrets only in a request’s headers and body', () => {
    const html = renderPanel(sampleNodes().reply_buttons);
    expect(html).toContain('<code>{{order_id}}</code>');
    expect(html).toContain('<code>{{contact.name}}</code>');
    expect(html).toContain('<code>{{last_reply}}</code>');
    expect(html).not.toContain('secret.');
    const request = renderPanel(sampleNodes().http_request);
    expect(request).toContain('<code>{{secret.API_TOKEN}}</code>');
    expect(request).toContain('Requests may go to: api.example.com, *.shop.example.');
    expect(JSON.stringify(greetingContext().secrets)).toBe('["API_TOKEN"]');
  });

  it('shows the flow’s settings when no node is selected', () => {
    const html = renderStatic(
      <GraphSettingsPanel settings={{ debounceMs: 1_500, stepBudget: 200 }} onChange={noop} />,
      'ja',
    );
    expect(html).toContain('フローの設定');
    expect(tagAt(html, 'settings.debounceMs')).toContain('value="1500"');
    expect(tagAt(html, 'settings.stepBudget')).toContain('value="200"');
  });
});
