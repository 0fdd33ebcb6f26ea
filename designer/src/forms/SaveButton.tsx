/**
 * A form's submit button and, beside it, a polite status that says the change was saved (until
 * the form is edited again): screen readers announce it, sighted people see it.
 */
export function SaveButton(props: {
  busy: boolean;
  label: string;
  busyLabel: string;
  saved: boolean;
  savedText: string;
  testId?: string;
}) {
  return (
    <>
      <button
        type="submit"
        className="button button--primary"
        disabled={props.busy}
        data-testid={props.testId}
      >
        {props.busy ? props.busyLabel : props.label}
      </button>
      <p role="status" className="form-status">
        {props.saved ? props.savedText : ''}
      </p>
    </>
  );
}
