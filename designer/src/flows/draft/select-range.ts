/**
 * Selects characters of a text area and scrolls them into view (a third down from the top), as
 * going to a problem does: the browser only brings the caret into view when typing.
 */
export function selectRange(area: HTMLTextAreaElement, start: number, end: number): void {
  area.focus();
  area.setSelectionRange(start, end);
  const line = area.value.slice(0, start).split('\n').length - 1;
  const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 18;
  area.scrollTop = Math.max(0, line * lineHeight - area.clientHeight / 3);
}
