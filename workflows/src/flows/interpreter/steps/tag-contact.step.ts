import type { NodeStep } from '../step.types.js';

export const tagContactStep: NodeStep<'tag_contact'> = (node) => ({
  effects: [{ kind: 'tag', action: node.action, tag: node.tag }],
  tags: node.action === 'add' ? { add: [node.tag] } : { remove: [node.tag] },
  next: { kind: 'port', port: 'next' },
});
