import type { NodeStep } from '../step.types.js';
import { choiceStep } from './choice.js';

export const listStep: NodeStep<'list'> = choiceStep;
