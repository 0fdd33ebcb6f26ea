import { FormAlert } from '../forms/FormAlert';
import { UploadProgress } from '../ui/UploadProgress';
import type { LibraryUpload } from './use-library-upload';

interface Props {
  state: Pick<LibraryUpload, 'upload' | 'problem' | 'failure'>;
  uploadingLabel: (filename: string) => string;
  /** What to announce once the file is in, where nothing else on the page says so. */
  done?: string;
}

/** A library upload's progress bar, its refusal or failure, and (where asked) its announcement. */
export function LibraryUploadFeedback({ state: { upload, problem, failure }, uploadingLabel, done }: Props) {
  return (
    <>
      {upload && <UploadProgress label={uploadingLabel(upload.filename)} percent={upload.percent} />}
      {done !== undefined && (
        <p role="status" className="visually-hidden">
          {done}
        </p>
      )}
      <div role="alert" className="form-alert">
        {problem && <p className="alert alert--error">{problem}</p>}
      </div>
      <FormAlert error={failure} />
    </>
  );
}
