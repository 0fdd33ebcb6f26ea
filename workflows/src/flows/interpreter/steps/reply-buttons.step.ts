import type { NodeStep } from '../step.types.js';
import { choiceStep } from './choice.js';

export const replyButtonsStep: NodeStep<'reply_buttons'> = choiceStep;
