import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { focusKey } from './focus-key';

/**
 * After navigating to another page, moves focus to its heading, so keyboard and screen-reader
 * users start at the top of the new page (as a full page load would). The first page keeps the
 * browser's own focus.
 */
export function RouteFocus() {
  const key = useRouterState({ select: (s) => focusKey(s.location.pathname) });
  const status = useRouterState({ select: (s) => s.status });
  const previous = useRef<string | null>(null);

  useEffect(() => {
    if (status !== 'idle' || previous.current === key) return;
    const first = previous.current === null;
    previous.current = key;
    if (first) return;
    const heading = document.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    }
  }, [key, status]);

  return null;
}
