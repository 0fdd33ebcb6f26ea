/**
 * Which "page" a path is, for moving focus to its heading after navigation. Opening another
 * conversation stays on the inbox page: the inbox moves focus itself, between its panes.
 */
export function focusKey(pathname: string): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return path === '/inbox' || path.startsWith('/inbox/') ? '/inbox' : path;
}
