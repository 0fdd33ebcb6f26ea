import { fill, fillNonEmpty } from '../fill.js';
import type { NodeStep } from '../step.types.js';

export const ctaUrlStep: NodeStep<'cta_url'> = (node, _event, context) => ({
  effects: [
    {
      kind: 'send',
      key: context.key(0),
      windowOpen: context.windowOpen,
      message: {
        type: 'cta_url',
        body: fillNonEmpty(context, node.body),
        ...(node.header ? { header: fill(context, node.header) || node.header } : {}),
        ...(node.footer ? { footer: fill(context, node.footer) || node.footer } : {}),
        displayText: fillNonEmpty(context, node.displayText),
        // Placeholders in a link are encoded, so a variable cannot change where it points.
        url: fillUrl(node.url, (text) => fill(context, text)),
      },
    },
  ],
  next: { kind: 'port', port: 'next' },
});

function fillUrl(url: string, fillText: (text: string) => string): string {
  return url.replace(/\{\{\s*[A-Za-z0-9_.]+\s*\}\}/g, (placeholder) =>
    encodeURIComponent(fillText(placeholder)),
  );
}
