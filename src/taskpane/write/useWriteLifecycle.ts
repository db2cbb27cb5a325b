/**
 * One write as every pane step lives it (写入, 报告, 审核): a plan previewed; a guarded write, refused
 * with the cells that changed since the preview or made; then a guarded undo, which keeps the cells
 * edited since the write. The panel hands in the guarded calls and says what follows; the states and
 * their order live here once. Types only from the write code: the pane's first load stays without it.
 */
import { useCallback, useState } from 'react';
import type { WritePlan } from '../../workbook/port';
import type { Conflict } from '../../workbook/plan';
import type { UndoOutcome, WriteRefused } from './guardedWrite';

/** What a lifecycle marks its panel busy with. */
export type WriteStep = 'preview' | 'write' | 'undo';

/** The panel's one-action-at-a-time runner (useBusyAction's `run`), so its busy state and error stay one. */
export type RunStep = (step: WriteStep, job: () => Promise<void>) => Promise<void>;

/** A write that went through: at least the plan as applied, which its undo is worked out from. */
export interface Made {
  written: WritePlan;
}

export interface WriteLifecycle<W extends Made> {
  /** the plan shown for the next write */
  plan: WritePlan | null;
  /** shows a plan built without reading the workbook (null: none) */
  show(plan: WritePlan | null): void;
  /** builds the plan from a read of the workbook; one that fails leaves no stale plan shown */
  preview(build: () => Promise<WritePlan>): Promise<void>;
  /** cells that changed since the preview: the last write was refused */
  conflicts: Conflict[] | null;
  /** the last write that went through */
  written: W | null;
  /** the undo of `written`, once made */
  undone: UndoOutcome | null;
  /** cells that undo left because they were edited after the write */
  kept: Conflict[];
  /** written and not undone yet */
  pending: boolean;
  /** `attempt` is the guarded write; `after` runs once it went through */
  write(attempt: () => Promise<W | WriteRefused>, after?: (made: W) => void): Promise<void>;
  /** `attempt` is the guarded undo of `written`; `after` gets it as made */
  undo<U extends UndoOutcome>(attempt: (made: W) => Promise<U>, after?: (result: U) => void | Promise<void>): Promise<void>;
  /** forgets the refusal (the plan it answered has changed) */
  clearConflicts(): void;
  /** forgets everything: a new reading of the workbook starts afresh */
  reset(): void;
}

export function useWriteLifecycle<W extends Made>(run: RunStep): WriteLifecycle<W> {
  const [plan, setPlan] = useState<WritePlan | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [written, setWritten] = useState<W | null>(null);
  const [undone, setUndone] = useState<UndoOutcome | null>(null);

  // stable, so a panel's effects that preview need not re-run on every render
  const preview = useCallback(
    (build: () => Promise<WritePlan>) =>
      run('preview', async () => {
        try {
          setPlan(await build());
          setConflicts(null);
        } catch (e) {
          setPlan(null);
          throw e;
        }
      }),
    [run],
  );

  const write = (attempt: () => Promise<W | WriteRefused>, after?: (made: W) => void) =>
    run('write', async () => {
      const result = await attempt();
      if ('refused' in result) {
        setConflicts(result.conflicts);
        return;
      }
      setConflicts(null);
      setWritten(result);
      setUndone(null);
      after?.(result);
    });

  const undo = <U extends UndoOutcome>(attempt: (made: W) => Promise<U>, after?: (result: U) => void | Promise<void>) =>
    run('undo', async () => {
      if (!written || undone) return;
      const result = await attempt(written);
      setUndone({ restored: result.restored, kept: result.kept });
      await after?.(result);
    });

  const reset = () => {
    setPlan(null);
    setConflicts(null);
    setWritten(null);
    setUndone(null);
  };

  return {
    plan,
    show: setPlan,
    preview,
    conflicts,
    written,
    undone,
    kept: undone?.kept ?? [],
    pending: !!written && !undone,
    write,
    undo,
    clearConflicts: () => setConflicts(null),
    reset,
  };
}
