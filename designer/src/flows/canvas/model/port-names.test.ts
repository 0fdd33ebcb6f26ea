import type { FlowNode } from '@parley/workflows/flows';
import { greetingFlow } from '@parley/workflows/flows/testing';
import { describe, expect, it } from 'vitest';
import { isFixedPort, optionPort } from './port-names';

const node = (id: string): FlowNode => {
  const found = greetingFlow().nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('port names', () => {
  it('names a button’s output by the title the admin gave it', () => {
    expect(optionPort(node('menu'), 'talk')).toEqual({ kind: 'button', title: 'Talk to us' });
    expect(optionPort(node('menu'), 'timeout')).toBeNull();
  });

  it('tells the fixed outputs from the admin’s options', () => {
    expect(isFixedPort('no_match')).toBe(true);
    expect(isFixedPort('order')).toBe(false);
  });
});
