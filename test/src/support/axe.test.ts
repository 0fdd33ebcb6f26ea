import type { ImpactValue, Result } from 'axe-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, seriousViolations } from './axe.js';

const violation = (
  id: string,
  impact: ImpactValue,
  help: string,
  targets: Result['nodes'][number]['target'][],
) =>
  ({
    id,
    impact,
    help,
    description: help,
    helpUrl: `https://dequeuniversity.com/rules/axe/4.14/${id}`,
    tags: ['wcag2aa'],
    nodes: targets.map((target) => ({ html: '<div></div>', target, any: [], all: [], none: [] })),
  }) satisfies Result;

const contrast = violation(
  'color-contrast',
  'serious',
  'Elements must meet minimum color contrast ratio thresholds',
  [['.flow-node__type'], ['.flow-node__summary'], ['#flows > .badge'], ['.toolbar button'], ['.minimap']],
);
const label = violation('label', 'critical', 'Form elements must have labels', [[['my-widget', 'input']]]);
const region = violation('region', 'moderate', 'All page content should be contained by landmarks', [
  ['.toast'],
]);
const minor = violation('empty-table-header', 'minor', 'Table header text should not be empty', [['th']]);

describe('axe violations', () => {
  it('fails a screen on serious and critical ones only', () => {
    expect(seriousViolations([contrast, region, label, minor]).map((found) => found.id)).toEqual([
      'color-contrast',
      'label',
    ]);
  });

  it('lists each rule, its impact, its help and the first three elements', () => {
    expect(formatViolations('Draft canvas', [contrast, label]).split('\n')).toEqual([
      'Draft canvas: 2 serious or critical accessibility violations (axe-core)',
      '  color-contrast (serious): Elements must meet minimum color contrast ratio thresholds — .flow-node__type, .flow-node__summary, #flows > .badge and 2 more',
      '  label (critical): Form elements must have labels — my-widget >> input',
    ]);
  });
});
