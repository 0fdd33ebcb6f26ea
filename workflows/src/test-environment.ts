import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });

// The SDK would download its servers; the project installs them from PyPI into .tools instead.
const tools = fileURLToPath(new URL('../../.tools/temporal/bin/', import.meta.url));
export const temporalCli = process.env.PARLEY_TEMPORAL_CLI ?? `${tools}temporal`;
const testServer = process.env.PARLEY_TEMPORAL_TEST_SERVER ?? `${tools}temporal-test-server`;

/** A real Temporal dev server on a free loopback port. */
export function localEnvironment() {
  return TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: temporalCli },
      ip: '127.0.0.1',
      extraArgs: ['--log-level', 'error'],
    },
  });
}

/** Temporal's time-skipping test server, for the long timers (the 24-hour window). */
export function timeSkippingEnvironment() {
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: testServer } },
  });
}
