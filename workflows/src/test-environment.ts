import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, makeTelemetryFilterString } from '@temporalio/worker';

// Errors only: the tests fail activities on purpose, and each failure (and the test server's
// missing heartbeat capability) would be logged as a warning.
Runtime.install({
  logger: new DefaultLogger('ERROR'),
  telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } },
});

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

/** Runs `check` until it stops throwing (real time), or throws its last failure after `timeoutMs`. */
export async function expectEventually<T>(check: () => T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
