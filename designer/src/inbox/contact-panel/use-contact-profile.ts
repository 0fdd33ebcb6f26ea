import type { ContactProfile, UpdateContact } from '@parley/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addContactNote, threadWorkKeys, updateContact } from '../thread-work.api';

/**
 * A change to the contact's language or tags: the panel shows the engine's answer (tags
 * normalised, in its order). Each field has its own, so each shows its own failure.
 */
export function useUpdateContact(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateContact) => updateContact(contactId, body),
    onSuccess: (updated) =>
      queryClient.setQueryData<ContactProfile>(threadWorkKeys.contact(contactId), updated),
  });
}

/** A note on the contact: on top of the list (the newest first) once the engine has it. */
export function useAddContactNote(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addContactNote(contactId, { text }),
    onSuccess: (note) =>
      queryClient.setQueryData<ContactProfile>(threadWorkKeys.contact(contactId), (current) =>
        current && !current.notes.some((n) => n.id === note.id)
          ? { ...current, notes: [note, ...current.notes] }
          : current,
      ),
  });
}
