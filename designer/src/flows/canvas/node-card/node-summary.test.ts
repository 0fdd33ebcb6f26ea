import { greetingFlow } from '@parley/workflows/flows/testing';
import type { FlowNode } from '@parley/workflows/flows';
import { describe, expect, it } from 'vitest';
import { nodeSummary } from './node-summary';

const node = (id: string): FlowNode => {
  const found = greetingFlow().nodes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('nodeSummary', () => {
  it('shows what a node sends, as written', () => {
    expect(nodeSummary(node('menu'))).toBe('How can we help?');
    expect(nodeSummary(node('hours_reply'))).toBe('We are open 9–18');
  });

  it('clips long texts and says nothing where the type says it all', () => {
    const long: FlowNode = {
      id: 'long',
      type: 'send_message',
      position: { x: 0, y: 0 },
      content: { kind: 'text', text: 'あ'.repeat(200) },
    };
    expect(nodeSummary(long)).toHaveLength(90);
    expect(nodeSummary(long)?.endsWith('…')).toBe(true);
    expect(nodeSummary(node('done'))).toBeNull();
    expect(nodeSummary(node('start'))).toBeNull();
  });

  it('lists a keyword trigger’s keywords', () => {
    const trigger: FlowNode = {
      id: 't',
      type: 'trigger',
      position: { x: 0, y: 0 },
      match: { kind: 'keyword', keywords: ['こんにちは', 'hello'], mode: 'contains' },
      priority: 0,
    };
    expect(nodeSummary(trigger)).toBe('こんにちは · hello');
  });
});
