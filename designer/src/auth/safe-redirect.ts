import { isSameOriginPath } from '../api/same-origin';

/**
 * Where to go after signing in: the page the person was sent away from, if it is a path of this
 * app. Anything that could leave the site (`//evil.example`, `https://…`, `/\\host`) is refused.
 */
export function safeRedirect(target: string | undefined | null): string | null {
  if (!isSameOriginPath(target)) return null;
  if ([...target].some((ch) => ch.charCodeAt(0) < 32)) return null;
  if (target === '/sign-in' || target.startsWith('/sign-in?') || target.startsWith('/setup')) return null;
  return target;
}
