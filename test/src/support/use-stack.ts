import { afterAll, beforeAll, beforeEach, onTestFailed } from 'vitest';
import { startStack, type Stack, type StackOptions } from './stack.js';

/**
 * One real stack for the whole test file: started before the first test, stopped after the last,
 * and its processes' last output printed when a test fails. Options that need something started
 * first (a mail server's port) can come from a function.
 */
export function useStack(options: StackOptions | (() => Promise<StackOptions>) = {}): {
  readonly stack: Stack;
} {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack(typeof options === 'function' ? await options() : options);
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
  };
}
