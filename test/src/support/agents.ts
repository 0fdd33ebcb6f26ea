import { randomInt } from 'node:crypto';
import { issuedInvitationSchema } from '@parley/contracts';
import { EngineClient } from './clients.js';
import type { Stack } from './stack.js';

export interface Agent {
  readonly client: EngineClient;
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

const password = 'correct horse battery staple';
let people = 0;

/**
 * An agent of the demo organisation, invited by link by its admin and joined, signed in with their
 * own session (the demo's Premium plan has five seats: `set-plan … agency_plus` for more).
 */
export async function inviteAgent(stack: Stack, admin: EngineClient, label: string): Promise<Agent> {
  people += 1;
  const email = `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${people}-${randomInt(1e6, 9e6)}@example.test`;
  const name = `Agent ${label} ${people}`;
  const invited = await admin.call('POST', '/api/invitations', issuedInvitationSchema, {
    email,
    role: 'agent',
  });
  const token = new URL(invited.link!).searchParams.get('token');
  const joined = await fetch(`${stack.engine.url}/api/auth/invitation/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, name, password }),
  });
  if (joined.status !== 201) throw new Error(`joining failed: ${joined.status} ${await joined.text()}`);
  const client = new EngineClient(stack.engine.url);
  const session = await client.signIn(email, password);
  return { client, id: session.user.id, name, email, password };
}
