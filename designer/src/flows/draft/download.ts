/** Characters file systems refuse in a name, replaced in the exported file's name. */
const unsafe = /[\\/:*?"<>|\p{Cc}]+/gu;

/** `Welcome menu.parley-flow.json`: the flow's name, safe as a file name. */
export function flowFileName(name: string): string {
  const safe = name.replace(unsafe, '-').trim();
  return `${safe || 'flow'}.parley-flow.json`;
}

/** Saves a value as a pretty-printed JSON file through the browser's download. */
export function downloadJson(value: unknown, fileName: string): void {
  const url = URL.createObjectURL(
    new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
