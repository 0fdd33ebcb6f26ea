import { useEffect, type RefObject } from 'react';
import { nearestField, type FieldPath } from './model/field-path';

/**
 * Focuses the panel's field for `path` (the nearest enclosing one when it has no field of its own,
 * else the problems at the top, else the title) and scrolls it into view. Runs when the token
 * changes: every click on a problem, the same one again included.
 */
export function useFocusField(root: RefObject<HTMLElement | null>, path: FieldPath | null, token: number) {
  useEffect(() => {
    const panel = root.current;
    if (!panel || !path) return;
    const fields = [...panel.querySelectorAll<HTMLElement>('[data-field-path]')];
    const nearest = nearestField(
      path,
      fields.map((field) => field.dataset.fieldPath ?? ''),
    );
    const target =
      fields.find((field) => nearest !== null && field.dataset.fieldPath === nearest) ??
      panel.querySelector<HTMLElement>('[data-focus-fallback="problems"]') ??
      panel.querySelector<HTMLElement>('[data-focus-fallback="title"]');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    // The path is read when the token changes; a new array for the same click must not refocus.
  }, [root, token]);
}
