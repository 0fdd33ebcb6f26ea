import { randomInt } from 'node:crypto';

/**
 * Meta's check of an override callback URL: `GET url?hub.mode=subscribe&hub.challenge=…&hub.verify_token=…`
 * must answer 200 with the challenge. Returns why it failed, or undefined.
 */
export async function verifyCallback(
  url: string,
  verifyToken: string,
  signal: AbortSignal,
): Promise<string | undefined> {
  const challenge = String(randomInt(1_000_000_000, 2_000_000_000));
  const target = new URL(url);
  target.searchParams.set('hub.mode', 'subscribe');
  target.searchParams.set('hub.challenge', challenge);
  target.searchParams.set('hub.verify_token', verifyToken);
  try {
    const response = await fetch(target, { signal: AbortSignal.any([signal, AbortSignal.timeout(5_000)]) });
    const body = await response.text();
    if (!response.ok) return `HTTP Status Code = ${response.status}`;
    if (body.trim() !== challenge) return "The URL couldn't be validated. Response does not match challenge";
    return undefined;
  } catch (error) {
    return `URL couldn't be validated: ${error instanceof Error ? error.message : String(error)}`;
  }
}
