import { useId } from 'react';
import type { LibraryUpload } from './use-library-upload';

interface Props {
  library: Pick<LibraryUpload, 'input' | 'upload' | 'choose'>;
  label: string;
  hint: string;
  /** The MIME types offered, comma-separated. */
  accept: string;
  testId?: string;
}

/** The file input of a library upload, with its label and hint; off while a file is on its way. */
export function LibraryFileInput({ library, label, hint, accept, testId }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-file`}>
        {label}
      </label>
      <input
        ref={library.input}
        id={`${id}-file`}
        className="file-input"
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        disabled={library.upload !== null}
        data-testid={testId}
        onChange={library.choose}
      />
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
