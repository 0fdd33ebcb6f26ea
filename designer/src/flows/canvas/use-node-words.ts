import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeWords } from './model/node-defaults';

/** What new nodes say until the admin writes their own, in the admin's language. */
export function useNodeWords(): NodeWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      messageText: t('flowCanvas.defaults.messageText'),
      buttonsBody: t('flowCanvas.defaults.buttonsBody'),
      buttonTitle: (n: number) => t('flowCanvas.defaults.buttonTitle', { n }),
      reaskText: t('flowCanvas.defaults.reaskText'),
      listBody: t('flowCanvas.defaults.listBody'),
      listButton: t('flowCanvas.defaults.listButton'),
      rowTitle: (n: number) => t('flowCanvas.defaults.rowTitle', { n }),
      ctaBody: t('flowCanvas.defaults.ctaBody'),
      ctaDisplay: t('flowCanvas.defaults.ctaDisplay'),
      // The admin's own site is the closest honest default; they change it in the properties.
      ctaUrl: `${window.location.origin.replace(/^http:/, 'https:')}/`,
      promptText: t('flowCanvas.defaults.promptText'),
      retryText: t('flowCanvas.defaults.retryText'),
      tag: t('flowCanvas.defaults.tag'),
      httpUrl: 'https://api.example.com/',
    }),
    // `t` changes with the language.
    [t],
  );
}
