/** A webhook's unix timestamp (seconds, as a string or a number) as an ISO date. */
export function isoFromUnix(timestamp: string | number): string {
  return new Date(Number(timestamp) * 1000).toISOString();
}
