/** What a customer's phone shows of a message as one line of text (null when there is nothing to show). */
export function previewOf(type: string, content: unknown): string | null {
  const value = (content ?? {}) as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const found = value[key];
    return typeof found === 'string' && found.length > 0 ? found : undefined;
  };
  switch (type) {
    case 'text':
      return text('body') ?? null;
    case 'image':
    case 'video':
    case 'document':
    case 'audio':
    case 'sticker':
      return text('caption') ?? text('filename') ?? `[${type}]`;
    case 'interactive': {
      const body = value.body as { text?: string } | undefined;
      return body?.text ?? '[interactive]';
    }
    case 'location':
      return (
        text('name') ?? text('address') ?? `[location ${String(value.latitude)}, ${String(value.longitude)}]`
      );
    case 'reaction':
      return text('emoji') ?? '[reaction removed]';
    case 'contacts':
      return `[contacts] ${(content as { name?: { formatted_name?: string } }[])
        .map((contact) => contact.name?.formatted_name ?? '')
        .join(', ')}`;
    default:
      return `[${type}]`;
  }
}
