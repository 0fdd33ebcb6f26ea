#!/usr/bin/env node
import { runSandboxMain } from './sandbox-main.js';

const sandbox = await runSandboxMain(process.env, {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});

if (sandbox === undefined) {
  process.exitCode = 1;
} else {
  const shutdown = () => {
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
