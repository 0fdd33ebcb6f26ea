import type { FlowNodeOf, FlowNodeType } from '@parley/workflows/flows';
import type { ComponentType } from 'react';
import type { FormProps } from './form-props';
import { AssignForm } from './forms/AssignForm';
import { CollectInputForm } from './forms/CollectInputForm';
import { ConditionForm } from './forms/ConditionForm';
import { CtaUrlForm } from './forms/CtaUrlForm';
import { DelayForm } from './forms/DelayForm';
import { EndForm } from './forms/EndForm';
import { GoToFlowForm } from './forms/GoToFlowForm';
import { HttpRequestForm } from './forms/HttpRequestForm';
import { ListForm } from './forms/ListForm';
import { ReplyButtonsForm } from './forms/ReplyButtonsForm';
import { SendMessageForm } from './forms/SendMessageForm';
import { SendTemplateForm } from './forms/SendTemplateForm';
import { SetVariableForm } from './forms/SetVariableForm';
import { TagContactForm } from './forms/TagContactForm';
import { TriggerForm } from './forms/TriggerForm';
import { WaitForReplyForm } from './forms/WaitForReplyForm';

/** Each node type's form; a type added to the schema without one does not compile. */
export const nodeForms = {
  trigger: TriggerForm,
  send_message: SendMessageForm,
  reply_buttons: ReplyButtonsForm,
  list: ListForm,
  cta_url: CtaUrlForm,
  send_template: SendTemplateForm,
  wait_for_reply: WaitForReplyForm,
  condition: ConditionForm,
  collect_input: CollectInputForm,
  set_variable: SetVariableForm,
  tag_contact: TagContactForm,
  assign: AssignForm,
  delay: DelayForm,
  http_request: HttpRequestForm,
  go_to_flow: GoToFlowForm,
  end: EndForm,
} satisfies { [T in FlowNodeType]: ComponentType<FormProps<FlowNodeOf<T>>> };

/** The form of a node's type, typed for any node (the table above keeps each form to its own type). */
export const formFor = (type: FlowNodeType): ComponentType<FormProps<FlowNodeOf<FlowNodeType>>> =>
  nodeForms[type] as ComponentType<FormProps<FlowNodeOf<FlowNodeType>>>;
