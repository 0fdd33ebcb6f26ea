#!/usr/bin/env node
import { runStandInMain } from './stand-in-main.js';

const standIn = await runStandInMain(process.env, {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});

if (standIn === undefined) {
  process.exitCode = 1;
} else {
  const shutdown = () => {
    standIn.close().then(
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
