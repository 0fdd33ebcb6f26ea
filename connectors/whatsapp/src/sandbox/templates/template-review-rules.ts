import type { TemplateCategory, TemplateDraft } from './template.model.js';
import { component } from './template.model.js';
import { distinctVariables } from './template-variables.js';

export type ReviewOutcome =
  | { status: 'APPROVED'; newCategory?: TemplateCategory }
  | { status: 'REJECTED'; reason: 'INVALID_FORMAT' | 'INCORRECT_CATEGORY' };

const promotionalWording = [
  /\b(sales?|discounts?|promo(tion)?s?|coupons?|offers?|deals?|free)\b/i,
  /%\s*off\b/i,
  /セール|割引|無料|お得|クーポン|半額|特価|キャンペーン/,
];

/**
 * How the sandbox's reviewer decides (Meta's real review is a black box; these are its most common
 * outcomes): variables without samples → REJECTED INVALID_FORMAT; promotional wording in a UTILITY
 * template → REJECTED INCORRECT_CATEGORY, or recategorised to MARKETING and approved when the
 * request allowed a category change; anything else → APPROVED.
 */
export function reviewDraft(draft: TemplateDraft): ReviewOutcome {
  if (hasVariablesWithoutExamples(draft)) return { status: 'REJECTED', reason: 'INVALID_FORMAT' };
  if (draft.category === 'UTILITY' && isPromotional(draft)) {
    return draft.allowCategoryChange
      ? { status: 'APPROVED', newCategory: 'MARKETING' }
      : { status: 'REJECTED', reason: 'INCORRECT_CATEGORY' };
  }
  return { status: 'APPROVED' };
}

export function isPromotional(draft: TemplateDraft): boolean {
  const texts = draft.components.flatMap((part) => [
    part.text ?? '',
    ...(part.buttons ?? []).map((b) => b.text ?? ''),
  ]);
  return texts.some((text) => promotionalWording.some((pattern) => pattern.test(text)));
}

function hasVariablesWithoutExamples(draft: TemplateDraft): boolean {
  const named = draft.parameterFormat === 'NAMED';
  const body = component(draft, 'BODY');
  const bodyVariables = distinctVariables(body?.text);
  const bodyCovered = named
    ? bodyVariables.every((name) =>
        body?.example?.body_text_named_params?.some((e) => e.param_name === name && e.example),
      )
    : (body?.example?.body_text?.[0]?.filter((value) => value !== '').length ?? 0) >= bodyVariables.length;
  const header = component(draft, 'HEADER');
  const headerVariables = header?.format === 'TEXT' ? distinctVariables(header.text) : [];
  const headerCovered =
    headerVariables.length === 0 ||
    (named
      ? headerVariables.every((name) =>
          header?.example?.header_text_named_params?.some((e) => e.param_name === name),
        )
      : (header?.example?.header_text?.length ?? 0) >= headerVariables.length);
  const buttonsCovered = (component(draft, 'BUTTONS')?.buttons ?? []).every(
    (button) =>
      button.type !== 'URL' ||
      distinctVariables(button.url).length === 0 ||
      (Array.isArray(button.example) ? button.example.length > 0 : Boolean(button.example)),
  );
  return !(bodyCovered && headerCovered && buttonsCovered);
}
