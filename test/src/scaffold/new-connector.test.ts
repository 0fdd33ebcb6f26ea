import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../', import.meta.url));

// The scaffold runs against a copy of the files it edits, in a folder inside the repository so
// that the generated code resolves the real SDK and compiler from node_modules.
describe('npm run new:connector', () => {
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(repo, 'test', '.tmp-scaffold-'));
    for (const file of [
      'package.json',
      'tsconfig.base.json',
      'engine/package.json',
      'engine/tsconfig.json',
    ]) {
      cpSync(join(repo, file), join(root, file), { recursive: true });
    }
    mkdirSync(join(root, 'connectors'));
    symlinkSync(join(repo, 'connectors/sdk'), join(root, 'connectors/sdk'));
    await run(process.execPath, [
      join(repo, 'scripts/new-connector.mjs'),
      'demo-chat',
      '--name',
      'Demo Chat',
      '--root',
      root,
    ]);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates every file of the channel contract with the names filled in', () => {
    const dir = join(root, 'connectors/demo-chat');
    for (const file of [
      'package.json',
      'tsconfig.json',
      'README.md',
      'src/manifest.ts',
      'src/config.schema.ts',
      'src/signature.ts',
      'src/webhook.ts',
      'src/send.ts',
      'src/errors.ts',
      'src/demo-chat.connector.ts',
      'src/demo-chat.conformance.test.ts',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    const connector = readFileSync(join(dir, 'src/demo-chat.connector.ts'), 'utf8');
    expect(connector).toContain("export const demoChatConnector: Connector<'demo-chat', DemoChatConfig>");
    expect(readFileSync(join(dir, 'src/manifest.ts'), 'utf8')).toContain("displayName: 'Demo Chat'");
    expect(connector).not.toMatch(/__[A-Z]+__/);
  });

  it('adds the package to the workspaces and to the engine', () => {
    const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
    expect(json('package.json').workspaces).toContain('connectors/demo-chat');
    expect(json('engine/package.json').dependencies['@parley/connector-demo-chat']).toBe('0.1.0');
    expect(json('engine/tsconfig.json').references).toContainEqual({ path: '../connectors/demo-chat' });
  });

  it('generates code that compiles against the real SDK under the strict settings', async () => {
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [
      tsc,
      '--noEmit',
      '-p',
      join(root, 'connectors/demo-chat/tsconfig.json'),
    ]).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
    expect(result.stdout).toBe('');
  }, 60_000);

  it('refuses an invalid or taken id', async () => {
    for (const id of ['Demo', 'telegram', 'x']) {
      const failed = await run(process.execPath, [
        join(repo, 'scripts/new-connector.mjs'),
        id,
        '--root',
        root,
      ]).then(
        () => false,
        () => true,
      );
      expect(failed, id).toBe(true);
    }
  });
});
