import { afterAll, beforeAll, beforeEach, onTestFailed } from 'vitest';
import { EngineClient } from './clients.js';
import { startStack, type Stack, type StackOptions } from './stack.js';

/**
 * One real stack for the whole test file: started before the first test, stopped after the last,
 * and its processes' last output printed when a test fails. Options that need something started
 * first (a mail server's port) can come from a function.
 */
export function useStack(options: StackOptions | (() => Promise<StackOptions>) = {}): {
  readonly stack: Stack;
  /** The demo organisation's admin, signed in. */
  readonly admin: EngineClient;
} {
  let stack: Stack | undefined;
  let admin: EngineClient | undefined;
  beforeAll(async () => {
    stack = await startStack(typeof options === 'function' ? await options() : options);
    admin = new EngineClient(stack.engine.url);
    await admin.signIn(stack.admin.email, stack.admin.password);
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
  }, 60_000);
  beforeEach(() => {
    onTestFailed(() => {
      if (stack)
        console.error(
          `Output of the stack's processes (data in ${stack.dataDir}):\n${stack.recentOutput(60)}`,
        );
    });
  });
  return {
    get stack() {
      if (!stack) throw new Error('the stack is not running');
      return stack;
    },
    get admin() {
      if (!admin) throw new Error('the stack is not running');
      return admin;
    },
  };
}
