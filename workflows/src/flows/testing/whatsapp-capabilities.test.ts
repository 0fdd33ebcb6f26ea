import { expect, test } from 'vitest';
import { whatsappCapabilities } from './whatsapp-capabilities.js';

test('the copy of WhatsApp capabilities is the manifest’s', async () => {
  // Read from the connector's source: `workflows` has no dependency on the connector package.
  const source = new URL('../../../../connectors/whatsapp/src/manifest.ts', import.meta.url).href;
  const { whatsappManifest } = (await import(/* @vite-ignore */ source)) as {
    whatsappManifest: { capabilities: unknown };
  };
  expect(whatsappCapabilities).toEqual(whatsappManifest.capabilities);
});
