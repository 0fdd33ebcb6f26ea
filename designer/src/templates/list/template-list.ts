import type { Template, TemplateCategory, TemplateStatus } from '@parley/contracts';

/** The list's filters, as the page's URL holds them; absent means any. */
export interface TemplateFilters {
  status?: TemplateStatus | undefined;
  category?: TemplateCategory | undefined;
  language?: string | undefined;
}

export function filterTemplates(items: readonly Template[], filters: TemplateFilters): Template[] {
  return items.filter(
    (t) =>
      (filters.status === undefined || t.status === filters.status) &&
      (filters.category === undefined || t.content?.category === filters.category) &&
      (filters.language === undefined || t.language === filters.language),
  );
}

export const hasFilters = (filters: TemplateFilters): boolean =>
  filters.status !== undefined || filters.category !== undefined || filters.language !== undefined;

export interface TemplateSection {
  /** Null for the templates in no group. */
  group: { id: string; name: string } | null;
  templates: Template[];
}

/**
 * The templates by group, groups by name in the person's locale and the ungrouped last; within a
 * group, by name then language.
 */
export function groupTemplates(items: readonly Template[], locale: string): TemplateSection[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sections = new Map<string | null, TemplateSection>();
  for (const template of items) {
    const key = template.group?.id ?? null;
    let section = sections.get(key);
    if (!section) sections.set(key, (section = { group: template.group, templates: [] }));
    section.templates.push(template);
  }
  for (const section of sections.values())
    section.templates.sort(
      (a, b) => collator.compare(a.name, b.name) || collator.compare(a.language, b.language),
    );
  return [...sections.values()].sort((a, b) => {
    if (a.group === null) return b.group === null ? 0 : 1;
    if (b.group === null) return -1;
    return collator.compare(a.group.name, b.group.name);
  });
}

/** The languages the templates are in, for the language filter. */
export function languagesOf(items: readonly Template[]): string[] {
  return [...new Set(items.map((t) => t.language))];
}
