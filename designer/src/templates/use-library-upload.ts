import type { LibraryFile } from '@parley/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { isAbort, toApiError, type ApiError } from '../api/api-error';
import { libraryFilesKey, uploadLibraryFile } from './templates.api';

interface Options {
  /** Why this file may not be uploaded, in words for the person; null when it may. */
  refuse: (file: File) => string | null;
  /** Called with the file once it is in the library. */
  onStored: (file: LibraryFile) => void;
}

/**
 * A file input's upload into the library: the refusal of a file that cannot go, the progress of
 * one that can (abandoned on unmount), the failure if it does not arrive, and the file that did.
 */
export function useLibraryUpload({ refuse, onStored }: Options) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [upload, setUpload] = useState<{ filename: string; percent: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [stored, setStored] = useState<LibraryFile | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const start = async (chosen: File) => {
    setProblem(null);
    setFailure(null);
    setStored(null);
    const refused = refuse(chosen);
    if (refused) {
      setProblem(refused);
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setUpload({ filename: chosen.name, percent: 0 });
    try {
      const file = await uploadLibraryFile(chosen, {
        signal: controller.signal,
        onProgress: (fraction) => setUpload({ filename: chosen.name, percent: Math.round(fraction * 100) }),
      });
      onStored(file);
      setStored(file);
      void queryClient.invalidateQueries({ queryKey: libraryFilesKey });
    } catch (e) {
      if (!isAbort(e)) setFailure(toApiError(e));
    } finally {
      setUpload(null);
      if (input.current) input.current.value = '';
    }
  };

  /** For the file input's onChange: uploads the file chosen, if any. */
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    if (chosen) void start(chosen);
  };

  return { input, upload, problem, failure, stored, choose };
}

export type LibraryUpload = ReturnType<typeof useLibraryUpload>;
