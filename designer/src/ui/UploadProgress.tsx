/** An upload's progress bar, named for the file ("Uploading menu.jpg…"), with its percentage. */
export function UploadProgress({ label, percent }: { label: string; percent: number }) {
  return (
    <div className="upload-progress">
      <div
        className="upload-progress__bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <span className="upload-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="upload-progress__text" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
