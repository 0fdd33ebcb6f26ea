import type { FlowValidationContext, SendTemplateNode } from '@parley/workflows/flows';

export type TemplateChoice = FlowValidationContext['templates'][number];

/** The parameters resized to `count`: those already written kept, new ones empty, extra ones dropped. */
export const resizeParameters = (parameters: readonly string[], count: number): string[] =>
  Array.from({ length: Math.max(count, 0) }, (_, i) => parameters[i] ?? '');

/** The node sending another template: its name and language, and as many parameters as it has. */
export function chooseTemplate(node: SendTemplateNode, template: TemplateChoice): SendTemplateNode {
  return {
    ...node,
    templateName: template.name,
    language: template.language,
    bodyParameters: resizeParameters(node.bodyParameters, template.bodyParameters),
    headerParameters: resizeParameters(node.headerParameters, template.headerParameters),
  };
}

/** The index of the node's template among the context's, or -1 when it is not there. */
export const templateIndex = (node: SendTemplateNode, templates: readonly TemplateChoice[]): number =>
  templates.findIndex(
    (template) => template.name === node.templateName && template.language === node.language,
  );
