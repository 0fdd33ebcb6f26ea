import type { FlowProblem } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { sampleGraph, sampleNodes } from '../panel-fixtures.test-support';
import { nearestField, pathKey, placeProblems } from './field-path';
import { typedNumber, withOptional } from './field-values';
import { insertText } from './insert-text';
import { moveItem, removeItem, replaceItem } from './list-edit';
import { bestUnit, fromMinutes, toMinutes } from './minute-units';
import { nextOptionId, takenPortIds } from './option-ids';
import { graphVariables, pickerEntries, placeholderText } from './picker-entries';
import { parseStringList, stringListText } from './string-list';
import { chooseTemplate, resizeParameters, templateIndex } from './template-parameters';

const problem = (path: FlowProblem['path']): FlowProblem => ({
  nodeId: 'menu',
  path,
  rule: 'schema',
  message: 'x',
});

describe('the focus path matcher', () => {
  const fields = ['label', 'buttons', 'buttons.1.title', 'buttons.10.title', 'noMatch.reaskText'];

  it('takes the longest field that is the path or encloses it, segment by segment', () => {
    expect(pathKey(['buttons', 1, 'title'])).toBe('buttons.1.title');
    expect(nearestField(['buttons', 1, 'title'], fields)).toBe('buttons.1.title');
    expect(nearestField(['buttons', 1, 'id'], fields)).toBe('buttons');
    expect(nearestField(['buttons', 10, 'title'], fields)).toBe('buttons.10.title');
    expect(nearestField(['buttons'], fields)).toBe('buttons');
    expect(nearestField(['noMatch'], fields)).toBeNull();
    expect(nearestField([], fields)).toBeNull();
  });

  it('places each problem under its nearest field and keeps the rest for the top', () => {
    const placed = placeProblems(
      [problem(['buttons', 1, 'title']), problem(['buttons']), problem([])],
      fields,
    );
    expect(placed.byField.get('buttons.1.title')).toHaveLength(1);
    expect(placed.byField.get('buttons')).toHaveLength(1);
    expect(placed.unplaced).toEqual([problem([])]);
  });
});

describe('new option ids', () => {
  it('are the prefix and the smallest free number, avoiding outputs edges and terminal ports still name', () => {
    const graph = greetingFlow();
    const menu = { ...sampleNodes().reply_buttons, terminalPorts: ['b2'] };
    const edges = [...graph.edges, { id: 'e-b1', source: 'menu', sourcePort: 'b1', target: 'done' }];
    const taken = takenPortIds(menu, { edges }, ['order', 'b3']);
    expect(['order', 'b1', 'b2', 'b3', 'timeout', 'no_match', 'talk'].every((id) => taken.has(id))).toBe(
      true,
    );
    expect(nextOptionId('b', taken)).toBe('b4');
    expect(nextOptionId('r', new Set())).toBe('r1');
  });
});

describe('list edits', () => {
  it('replace, remove and move items without touching the original', () => {
    const items = ['a', 'b', 'c'];
    expect(replaceItem(items, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removeItem(items, 0)).toEqual(['b', 'c']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(items, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(items, 0, 3)).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});

describe('field values', () => {
  it('remove an optional key left blank and keep every other key', () => {
    const node = sampleNodes().reply_buttons;
    const cleared = withOptional(node, 'header', '  ');
    expect('header' in cleared).toBe(false);
    expect(cleared.buttons).toBe(node.buttons);
    expect(withOptional(node, 'footer', 'Bye').footer).toBe('Bye');
    expect('timeoutMinutes' in withOptional(node, 'timeoutMinutes', undefined)).toBe(false);
  });

  it('read a typed number, out of range included, but never NaN or an empty one', () => {
    expect(typedNumber('12')).toBe(12);
    expect(typedNumber('-3')).toBe(-3);
    expect(typedNumber('1.5')).toBe(1.5);
    expect(typedNumber('')).toBeNull();
    expect(typedNumber('abc')).toBeNull();
  });
});

describe('inserting a placeholder', () => {
  it('replaces the selection and puts the caret after it; without one it appends', () => {
    expect(insertText('Hi !', '{{contact.name}}', 3, 3)).toEqual({ text: 'Hi {{contact.name}}!', caret: 19 });
    expect(insertText('Hi you', '{{x}}', 3, 6)).toEqual({ text: 'Hi {{x}}', caret: 8 });
    expect(insertText('Hi', '{{x}}', null, null)).toEqual({ text: 'Hi{{x}}', caret: 7 });
  });
});

describe('durations', () => {
  it('are shown in the largest whole unit and kept in minutes', () => {
    expect(bestUnit(2880)).toBe('days');
    expect(bestUnit(120)).toBe('hours');
    expect(bestUnit(90)).toBe('minutes');
    expect(toMinutes(2, 'hours')).toBe(120);
    expect(fromMinutes(90, 'hours')).toBe(1.5);
  });
});

describe('string lists', () => {
  it('split by lines (and commas, for keywords), trimmed, without empty entries', () => {
    expect(parseStringList(' hi \n\nhello, there ')).toEqual(['hi', 'hello, there']);
    expect(parseStringList('hi, hello、こんにちは\nhey', { commas: true })).toEqual([
      'hi',
      'hello',
      'こんにちは',
      'hey',
    ]);
    expect(stringListText(['a', 'b'])).toBe('a\nb');
  });
});

describe('the variable picker', () => {
  it('lists the variables the graph sets, each once and sorted, leaving out names not yet valid', () => {
    const graph = sampleGraph();
    graph.nodes.push({
      id: 'bad',
      type: 'set_variable',
      position: { x: 0, y: 0 },
      name: 'Not valid',
      value: '',
    });
    expect(graphVariables(graph)).toEqual(['answer', 'order_id', 'size', 'status']);
  });

  it('offers contact fields and the last reply, and secrets only when asked, by name', () => {
    const names = (secrets: string[] | null) => pickerEntries(['size'], secrets).map((entry) => entry.name);
    expect(names(null)).toEqual(['size', 'contact.name', 'contact.phone', 'contact.language', 'last_reply']);
    expect(names(['API_TOKEN'])).toContain('secret.API_TOKEN');
    expect(placeholderText('secret.API_TOKEN')).toBe('{{secret.API_TOKEN}}');
  });
});

describe('template parameters', () => {
  const template = {
    name: 'welcome_back',
    language: 'en',
    usable: true,
    status: 'approved',
    bodyParameters: 3,
    headerParameters: 1,
  };

  it('are resized to the template’s counts, keeping those written', () => {
    expect(resizeParameters(['a', 'b'], 3)).toEqual(['a', 'b', '']);
    expect(resizeParameters(['a', 'b'], 1)).toEqual(['a']);
    expect(resizeParameters(['a'], 0)).toEqual([]);
  });

  it('follow the chosen template, its name and language too', () => {
    const node = sampleNodes().send_template;
    const chosen = chooseTemplate(node, template);
    expect(chosen).toMatchObject({
      templateName: 'welcome_back',
      language: 'en',
      bodyParameters: ['{{order_id}}', '', ''],
      headerParameters: [''],
    });
    expect(chosen.position).toBe(node.position);
    expect(templateIndex(node, [template, { ...template, name: 'order_update' }])).toBe(1);
    expect(templateIndex(node, [template])).toBe(-1);
  });
});
