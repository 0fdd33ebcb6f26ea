import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateProfile } from './auth.api';
import { sessionQuery } from './session.query';

/** Saves the person's name or language; the session the engine answers with is shown at once. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (next) => queryClient.setQueryData(sessionQuery.queryKey, next),
  });
}
