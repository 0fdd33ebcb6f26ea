import { fill } from '../fill.js';
import type { NodeStep } from '../step.types.js';

/** Templates go whatever the window: WhatsApp delivers approved templates at any time. */
export const sendTemplateStep: NodeStep<'send_template'> = (node, _event, context) => ({
  effects: [
    {
      kind: 'send',
      key: context.key(0),
      windowOpen: context.windowOpen,
      message: {
        type: 'template',
        name: node.templateName,
        language: node.language,
        bodyParameters: node.bodyParameters.map((parameter) => fill(context, parameter)),
        headerParameters: node.headerParameters.map((parameter) => fill(context, parameter)),
      },
    },
  ],
  next: { kind: 'port', port: 'next' },
});
