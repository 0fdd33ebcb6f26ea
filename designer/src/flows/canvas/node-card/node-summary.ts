import type { FlowNode } from '@parley/workflows/flows';

/** At most this many characters of a node's content show on its card. */
const summaryLength = 90;

const clip = (text: string) => (text.length > summaryLength ? `${text.slice(0, summaryLength - 1)}…` : text);

/**
 * What a node's card shows of its content, as the admin wrote it (a message's text, a trigger's
 * keywords, a variable's name…); null when the type's name says it all.
 */
export function nodeSummary(node: FlowNode): string | null {
  switch (node.type) {
    case 'trigger':
      switch (node.match.kind) {
        case 'keyword':
          return clip(node.match.keywords.join(' · '));
        case 'regex':
          return clip(`/${node.match.pattern}/`);
        case 'quick_reply_payload':
          return clip(node.match.payloads.join(' · '));
        default:
          return null;
      }
    case 'send_message':
      return node.content.kind === 'text'
        ? clip(node.content.text)
        : clip(node.content.caption ?? node.content.link ?? node.content.media);
    case 'reply_buttons':
    case 'list':
    case 'cta_url':
      return clip(node.body);
    case 'send_template':
      return clip(`${node.templateName} (${node.language})`);
    case 'collect_input':
      return clip(node.prompt);
    case 'set_variable':
      return clip(`${node.name} = ${node.value}`);
    case 'tag_contact':
      return clip(`${node.action === 'add' ? '+' : '−'} ${node.tag}`);
    case 'http_request':
      return clip(`${node.method} ${node.url}`);
    case 'wait_for_reply':
      return node.saveAs ? clip(`→ ${node.saveAs}`) : null;
    case 'condition':
    case 'assign':
    case 'delay':
    case 'go_to_flow':
    case 'end':
      return null;
  }
}
