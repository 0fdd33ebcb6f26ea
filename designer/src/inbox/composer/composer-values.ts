import type { ComposerLimits, LibraryFile } from '@parley/contracts';

/** What the composer can send besides templates, in the order its mode switch offers them. */
export const composerModes = ['text', 'media', 'reply_buttons', 'list', 'cta_url'] as const;
export type ComposerMode = (typeof composerModes)[number];

/** A library file attached to the message (uploaded from the agent's computer). */
export type AttachedFile = Pick<LibraryFile, 'id' | 'filename' | 'mimeType' | 'sizeBytes' | 'url'>;

export interface ListRowValues {
  title: string;
  description: string;
}

export interface ListSectionValues {
  title: string;
  rows: ListRowValues[];
}

/**
 * The composer's form: one draft per kind, so switching modes keeps what was typed. The body,
 * header and footer are shared by reply buttons, lists and link buttons.
 */
export interface ComposerValues {
  mode: ComposerMode;
  text: string;
  file: AttachedFile | null;
  caption: string;
  header: string;
  body: string;
  footer: string;
  buttons: { title: string }[];
  buttonLabel: string;
  sections: ListSectionValues[];
  displayText: string;
  url: string;
}

export const emptyRow = (): ListRowValues => ({ title: '', description: '' });
export const emptySection = (): ListSectionValues => ({ title: '', rows: [emptyRow()] });

export function emptyComposer(mode: ComposerMode = 'text'): ComposerValues {
  return {
    mode,
    text: '',
    file: null,
    caption: '',
    header: '',
    body: '',
    footer: '',
    buttons: [{ title: '' }],
    buttonLabel: '',
    sections: [emptySection()],
    displayText: '',
    url: '',
  };
}

/** The modes this channel can carry (text always; the rest when its limits name them). */
export function availableModes(limits: ComposerLimits): ComposerMode[] {
  return composerModes.filter((mode) => {
    switch (mode) {
      case 'text':
        return true;
      case 'media':
        return limits.media.length > 0;
      case 'reply_buttons':
        return limits.replyButtons !== null;
      case 'list':
        return limits.list !== null;
      case 'cta_url':
        return limits.ctaUrl !== null;
    }
  });
}

/** Characters as the engine counts them: code points of the trimmed text. */
export const charCount = (value: string): number => [...value.trim()].length;

export const isBlank = (value: string): boolean => value.trim() === '';

/** All rows of a list, across its sections. */
export const rowCount = (sections: readonly ListSectionValues[]): number =>
  sections.reduce((sum, section) => sum + section.rows.length, 0);
