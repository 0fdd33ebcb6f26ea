// Whether a request's URL goes to a host the organisation allows: also what the engine may check before sending.

const defaultPorts: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/**
 * Whether the URL's host is one of the allowed ones: `api.example.com` (that host only, on the
 * scheme's default port), `api.example.com:8443` (that port), or `*.example.com` (any subdomain,
 * not example.com itself). Host names compare without case, as the URL class lowers them.
 */
export function isHostAllowed(url: URL, allowedHosts: readonly string[]): boolean {
  const port = url.port || defaultPorts[url.protocol] || '';
  return allowedHosts.some((entry) => {
    const match = /^(.*?)(?::(\d+))?$/.exec(entry.trim().toLowerCase());
    const host = match?.[1] ?? '';
    const entryPort = match?.[2] ?? defaultPorts[url.protocol] ?? '';
    if (entryPort !== port) return false;
    return host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}
