import type { ReactNode } from 'react';
import { parseWhatsAppFormatting, type FormattedNode } from './whatsapp-format';

function render(nodes: readonly FormattedNode[]): ReactNode[] {
  return nodes.map((node, i) => {
    if (typeof node === 'string') return node;
    const children = render(node.children);
    switch (node.style) {
      case 'bold':
        return <strong key={i}>{children}</strong>;
      case 'italic':
        return <em key={i}>{children}</em>;
      case 'strike':
        return <s key={i}>{children}</s>;
      case 'mono':
        return <code key={i}>{children}</code>;
    }
  });
}

/** Text with WhatsApp's formatting shown as the customer sees it. */
export function FormattedText({ text }: { text: string }) {
  return <>{render(parseWhatsAppFormatting(text))}</>;
}
