import type { FlowNode } from '../../schema/flow-graph.schema.js';
import type { AnyNodeStep, StepTable } from '../step.types.js';
import { assignStep } from './assign.step.js';
import { collectInputStep } from './collect-input.step.js';
import { conditionStep } from './condition.step.js';
import { ctaUrlStep } from './cta-url.step.js';
import { delayStep } from './delay.step.js';
import { endStep } from './end.step.js';
import { goToFlowStep } from './go-to-flow.step.js';
import { httpRequestStep } from './http-request.step.js';
import { listStep } from './list.step.js';
import { replyButtonsStep } from './reply-buttons.step.js';
import { sendMessageStep } from './send-message.step.js';
import { sendTemplateStep } from './send-template.step.js';
import { setVariableStep } from './set-variable.step.js';
import { tagContactStep } from './tag-contact.step.js';
import { triggerStep } from './trigger.step.js';
import { waitForReplyStep } from './wait-for-reply.step.js';

/** Every node type's step; the compiler catches a missing one. */
const steps = {
  trigger: triggerStep,
  send_message: sendMessageStep,
  reply_buttons: replyButtonsStep,
  list: listStep,
  cta_url: ctaUrlStep,
  send_template: sendTemplateStep,
  wait_for_reply: waitForReplyStep,
  condition: conditionStep,
  collect_input: collectInputStep,
  set_variable: setVariableStep,
  tag_contact: tagContactStep,
  assign: assignStep,
  delay: delayStep,
  http_request: httpRequestStep,
  go_to_flow: goToFlowStep,
  end: endStep,
} satisfies StepTable;

export function stepOf(node: FlowNode): AnyNodeStep {
  return steps[node.type] as AnyNodeStep;
}
