import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import type { Feedback } from './use-feedback';

interface Props {
  /** What is deleted, for screen readers after the button's label. */
  name: string;
  label: string;
  title: string;
  confirmLabel: string;
  /** Announced above the list once it is gone. */
  done: string;
  children: ReactNode;
  remove: () => Promise<unknown>;
  onDeleted: () => void;
  feedback: Feedback;
  testId?: string;
}

/** A list row's delete button: asks first, shows a refusal in the dialog, announces the outcome. */
export function DeleteButton({
  name,
  label,
  title,
  confirmLabel,
  done,
  children,
  remove,
  onDeleted,
  feedback,
  testId,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const deletion = useMutation({ mutationFn: remove });
  const close = () => {
    setConfirming(false);
    deletion.reset();
  };
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger-outline"
        onClick={() => setConfirming(true)}
        data-testid={testId}
      >
        {label}
        <span className="visually-hidden"> {name}</span>
      </button>
      {confirming && (
        <ConfirmDialog
          title={title}
          confirmLabel={confirmLabel}
          pending={deletion.isPending}
          error={deletion.error}
          onConfirm={() =>
            deletion.mutate(undefined, {
              onSuccess: () => {
                setConfirming(false);
                feedback.announce(done);
                onDeleted();
              },
            })
          }
          onClose={close}
        >
          {children}
        </ConfirmDialog>
      )}
    </>
  );
}
