import { describe, expect, it } from 'vitest';
import { NEWS_GROUP, ORDERS_GROUP, template, templateContent } from '../fixtures.test-support';
import { filterTemplates, groupTemplates, hasFilters, languagesOf } from './template-list';

const welcome = template('welcome', { language: 'en_US' });
const orderReady = template('order_ready', { group: ORDERS_GROUP, status: 'PENDING' });
const orderShipped = template('order_shipped', { group: ORDERS_GROUP, language: 'en_US' });
const spring = template('spring_sale', {
  group: NEWS_GROUP,
  status: 'REJECTED',
  content: templateContent({ category: 'MARKETING' }),
});
const imported = template('legacy_location', { content: null, origin: 'imported' });
const all = [welcome, orderReady, orderShipped, spring, imported];

describe('groupTemplates', () => {
  it('puts groups in name order and the ungrouped last, each by name', () => {
    const sections = groupTemplates([orderShipped, welcome, spring, orderReady, imported], 'en');
    expect(sections.map((s) => s.group?.name ?? null)).toEqual(['News', 'Orders', null]);
    expect(sections.map((s) => s.templates.map((t) => t.name))).toEqual([
      ['spring_sale'],
      ['order_ready', 'order_shipped'],
      ['legacy_location', 'welcome'],
    ]);
  });

  it('tells the same name in two languages apart by language', () => {
    const ja = template('welcome', { language: 'ja' });
    expect(groupTemplates([ja, welcome], 'en')[0]?.templates.map((t) => t.language)).toEqual(['en_US', 'ja']);
  });

  it('has nothing to show for no templates', () => {
    expect(groupTemplates([], 'ja')).toEqual([]);
  });
});

describe('filterTemplates', () => {
  it('keeps the templates matching every filter given', () => {
    expect(filterTemplates(all, {}).length).toBe(5);
    expect(filterTemplates(all, { status: 'PENDING' })).toEqual([orderReady]);
    expect(filterTemplates(all, { category: 'MARKETING' })).toEqual([spring]);
    expect(filterTemplates(all, { language: 'en_US' })).toEqual([welcome, orderShipped]);
    expect(filterTemplates(all, { language: 'en_US', status: 'PENDING' })).toEqual([]);
  });

  it('cannot say the category of a template Parley cannot show', () => {
    expect(filterTemplates(all, { category: 'UTILITY' })).not.toContain(imported);
  });

  it('knows when a filter is on, and which languages there are', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ language: 'ja' })).toBe(true);
    expect(languagesOf(all).sort()).toEqual(['en_US', 'ja']);
  });
});
