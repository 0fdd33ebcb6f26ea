import { describe, expect, it } from 'vitest';
import { loggableUrl } from './fastify-setup.js';

describe('loggableUrl', () => {
  it('hides the handshake token and challenge, one-time tokens and webhook keys', () => {
    expect(
      loggableUrl('/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=s3cret&hub.challenge=42'),
    ).toBe(
      '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=%5Bredacted%5D&hub.challenge=%5Bredacted%5D',
    );
    expect(loggableUrl('/reset-password?token=abc')).toBe('/reset-password?token=%5Bredacted%5D');
    expect(loggableUrl('/connect/whatsapp/callback?code=AQx&state=st')).toBe(
      '/connect/whatsapp/callback?code=%5Bredacted%5D&state=%5Bredacted%5D',
    );
    expect(loggableUrl('/webhooks/telegram/k3y-of-the-bot')).toBe('/webhooks/telegram/[key]');
  });

  it('keeps what helps reading the log', () => {
    expect(loggableUrl('/api/conversations?limit=50&cursor=abc')).toBe(
      '/api/conversations?limit=50&cursor=abc',
    );
    expect(loggableUrl('/api/dead-letters?status=pending')).toBe('/api/dead-letters?status=pending');
    expect(loggableUrl('/health')).toBe('/health');
  });
});
