import { outputPorts, type ConditionRule, type FlowNode } from '@parley/workflows/flows';

const frame = ['body', 'header', 'footer'];
const noMatch = ['noMatch.reaskText', 'noMatch.maxReasks'];

function triggerPaths(match: Extract<FlowNode, { type: 'trigger' }>['match']): string[] {
  switch (match.kind) {
    case 'keyword':
      return ['match.keywords', 'match.mode'];
    case 'regex':
      return ['match.pattern', 'match.caseInsensitive'];
    case 'quick_reply_payload':
      return ['match.payloads'];
    default:
      return [];
  }
}

function rulePaths(rule: ConditionRule, at: string): string[] {
  switch (rule.kind) {
    case 'compare':
      return [
        `${at}.subject.kind`,
        ...(rule.subject.kind === 'variable' ? [`${at}.subject.name`] : []),
        ...(rule.subject.kind === 'contact' ? [`${at}.subject.field`] : []),
        `${at}.operator`,
        ...(rule.operator === 'is_set' || rule.operator === 'is_not_set' ? [] : [`${at}.value`]),
      ];
    case 'tag':
      return [`${at}.tag`, `${at}.present`];
    case 'business_hours':
      return [`${at}.open`];
  }
}

function typePaths(node: FlowNode): string[] {
  switch (node.type) {
    case 'trigger':
      return ['match.kind', ...triggerPaths(node.match), 'priority'];
    case 'send_message':
      return node.content.kind === 'text'
        ? ['content.kind', 'content.text']
        : [
            'content.kind',
            'content.media',
            ...(node.content.media === 'audio' ? [] : ['content.fileId']),
            'content.link',
            'content.caption',
          ];
    case 'reply_buttons':
      return [
        ...frame,
        'buttons',
        ...node.buttons.map((_, i) => `buttons.${i}.title`),
        'timeoutMinutes',
        ...noMatch,
      ];
    case 'list':
      return [
        ...frame,
        'buttonLabel',
        'sectionTitle',
        'rows',
        ...node.rows.flatMap((_, i) => [`rows.${i}.title`, `rows.${i}.description`]),
        'timeoutMinutes',
        ...noMatch,
      ];
    case 'cta_url':
      return [...frame, 'displayText', 'url'];
    case 'send_template':
      return [
        'templateName',
        ...(node.headerParameters.length > 0 ? ['headerParameters'] : []),
        ...node.headerParameters.map((_, i) => `headerParameters.${i}`),
        ...(node.bodyParameters.length > 0 ? ['bodyParameters'] : []),
        ...node.bodyParameters.map((_, i) => `bodyParameters.${i}`),
      ];
    case 'wait_for_reply':
      return ['timeoutMinutes', 'saveAs'];
    case 'condition':
      return [
        'branches',
        ...node.branches.flatMap((branch, i) => [
          `branches.${i}.label`,
          `branches.${i}.match`,
          `branches.${i}.rules`,
          ...branch.rules.flatMap((rule, j) => [
            `branches.${i}.rules.${j}.kind`,
            ...rulePaths(rule, `branches.${i}.rules.${j}`),
          ]),
        ]),
      ];
    case 'collect_input':
      return [
        'prompt',
        'inputType',
        ...(node.inputType === 'choice' ? ['choices'] : []),
        'saveAs',
        'retryText',
        'maxAttempts',
        'timeoutMinutes',
      ];
    case 'set_variable':
      return ['name', 'value'];
    case 'tag_contact':
      return ['action', 'tag'];
    case 'assign':
      return ['target.kind', node.target.kind === 'team' ? 'target.teamId' : 'target.userId'];
    case 'delay':
      return ['minutes'];
    case 'http_request':
      return [
        'method',
        'url',
        'headers',
        ...node.headers.flatMap((_, i) => [`headers.${i}.name`, `headers.${i}.value`]),
        'body',
        'timeoutMs',
        'responseMap',
        ...node.responseMap.flatMap((_, i) => [`responseMap.${i}.path`, `responseMap.${i}.variable`]),
      ];
    case 'go_to_flow':
      return ['flowId'];
    case 'end':
      return ['close'];
  }
}

/**
 * Every `data-field-path` the panel shows for the node, so its problems can be placed before they
 * render (a test holds this list to the markup): its name, its type's fields, and its outputs.
 */
export function nodeFieldPaths(node: FlowNode): string[] {
  return ['label', ...typePaths(node), ...outputPorts(node).map((port) => `ports.${port}`)];
}
