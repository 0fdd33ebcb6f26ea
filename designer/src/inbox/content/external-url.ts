/** A web address from a platform (an ad's link) that is safe to open: http(s) only, else null. */
export function externalUrl(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const protocol = new URL(url).protocol;
  return protocol === 'https:' || protocol === 'http:' ? url : null;
}
