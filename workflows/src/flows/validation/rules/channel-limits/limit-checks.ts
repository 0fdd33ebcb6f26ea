// Small builders for channel-limit problems, so each message names the limit and the channel the same way.
import type { FlowNode } from '../../../schema/flow-graph.schema.js';
import { problem } from '../../problem.js';
import { textLength } from '../../text-length.js';
import type { FlowProblem, FlowValidationContext } from '../../validation.types.js';

export type FlowChannel = FlowValidationContext['channels'][number];

/** One node type's limits on one channel. */
export type ChannelLimitCheck<N extends FlowNode = FlowNode> = (
  node: N,
  channel: FlowChannel,
) => FlowProblem[];

/** A text over the channel's limit: "Button titles are at most 20 characters on WhatsApp (this one has 23)." */
export function tooLong(
  node: FlowNode,
  path: FlowProblem['path'],
  text: string | undefined,
  max: number,
  what: string,
  channel: FlowChannel,
): FlowProblem[] {
  if (text === undefined) return [];
  const length = textLength(text);
  if (length <= max) return [];
  return [
    problem(
      node.id,
      path,
      'channel_limit',
      `${what} are at most ${max} characters on ${channel.channelName} (this one has ${length}).`,
    ),
  ];
}

/** Something the channel cannot carry at all: "WhatsApp does not support list messages." */
export function unsupported(
  node: FlowNode,
  path: FlowProblem['path'],
  what: string,
  channel: FlowChannel,
): FlowProblem[] {
  return [problem(node.id, path, 'channel_limit', `${channel.channelName} does not support ${what}.`)];
}

/** More items than the channel takes: "WhatsApp allows at most 3 reply buttons." */
export function tooMany(
  node: FlowNode,
  path: FlowProblem['path'],
  count: number,
  max: number,
  what: string,
  channel: FlowChannel,
): FlowProblem[] {
  if (count <= max) return [];
  return [
    problem(
      node.id,
      path,
      'channel_limit',
      `${channel.channelName} allows at most ${max} ${what} (this node has ${count}).`,
    ),
  ];
}
