import { templateLimits, type TemplateButton, type TemplateButtonType } from '@parley/contracts';

const caps: Record<TemplateButtonType, number> = {
  QUICK_REPLY: templateLimits.quickRepliesMax,
  URL: templateLimits.urlButtonsMax,
  PHONE_NUMBER: templateLimits.phoneButtonsMax,
  COPY_CODE: templateLimits.copyCodeButtonsMax,
};

/** Whether one more button of this kind fits WhatsApp's limits (copy code: marketing only). */
export function canAdd(buttons: readonly TemplateButton[], type: TemplateButtonType, marketing: boolean) {
  if (type === 'COPY_CODE' && !marketing) return false;
  if (buttons.length >= templateLimits.buttonsMax) return false;
  return buttons.filter((b) => b.type === type).length < caps[type];
}

/**
 * Where a new button goes so the quick replies stay together (WhatsApp's rule): after the last
 * button of its side — quick replies or the others — or at the end when its side has none.
 */
export function insertionIndex(buttons: readonly TemplateButton[], type: TemplateButtonType): number {
  const quick = type === 'QUICK_REPLY';
  for (let i = buttons.length - 1; i >= 0; i -= 1)
    if ((buttons[i]?.type === 'QUICK_REPLY') === quick) return i + 1;
  return buttons.length;
}

export function blankButton(type: TemplateButtonType): TemplateButton {
  switch (type) {
    case 'QUICK_REPLY':
      return { type, text: '' };
    case 'URL':
      return { type, text: '', url: 'https://', example: '' };
    case 'PHONE_NUMBER':
      return { type, text: '', phoneNumber: '+' };
    case 'COPY_CODE':
      return { type, example: '' };
  }
}
