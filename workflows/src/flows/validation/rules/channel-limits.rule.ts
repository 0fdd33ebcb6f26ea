import type { FlowNode } from '../../schema/flow-graph.schema.js';
import type { FlowProblem, FlowRuleCheck } from '../validation.types.js';
import { ctaUrlLimits, listLimits, replyButtonsLimits } from './channel-limits/interactive.limits.js';
import type { FlowChannel } from './channel-limits/limit-checks.js';
import {
  collectInputLimits,
  reaskLimits,
  sendMessageLimits,
  sendTemplateLimits,
} from './channel-limits/message.limits.js';

function nodeLimits(node: FlowNode, channel: FlowChannel): FlowProblem[] {
  switch (node.type) {
    case 'reply_buttons':
      return [...replyButtonsLimits(node, channel), ...reaskLimits(node, channel)];
    case 'list':
      return [...listLimits(node, channel), ...reaskLimits(node, channel)];
    case 'cta_url':
      return ctaUrlLimits(node, channel);
    case 'send_message':
      return sendMessageLimits(node, channel);
    case 'send_template':
      return sendTemplateLimits(node, channel);
    case 'collect_input':
      return collectInputLimits(node, channel);
    default:
      return [];
  }
}

/**
 * What the flow sends fits every channel it runs on: the same limits the connector SDK's capability
 * check applies when a message goes out, found here while the admin still edits.
 */
export const channelLimitsRule: FlowRuleCheck = (graph, context) =>
  graph.nodes.flatMap((node) => context.channels.flatMap((channel) => nodeLimits(node, channel)));
