import { useCallback, useRef, useState } from 'react';

/** The text of anything thrown, for showing to the user. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * One action at a time, with its error kept for display: `run('write', job)` marks the pane busy with
 * that action, clears the last error, and keeps the message if the job throws.
 */
export function useBusyAction<Kind extends string>(describe: (e: unknown) => string = messageOf) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const describeRef = useRef(describe);
  describeRef.current = describe;
  // stable across renders, so callbacks and effects that use it need not re-run
  const run = useCallback(async (kind: Kind, job: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    try {
      await job();
    } catch (e) {
      setError(describeRef.current(e));
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, error, setError, run };
}
