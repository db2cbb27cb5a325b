/**
 * The progress line of a batch on a terminal: how many are done, the file last finished and the time
 * left at the pace so far. Redrawn at most ten times a second (a batch of 20,000 would otherwise spend
 * its time drawing), and always for the last file.
 */
export class Progress {
  private readonly started = Date.now();
  private drawn = 0;

  constructor(
    private readonly total: number,
    /** shows a line that the next one replaces */
    private readonly status: (text: string) => void,
    /** ends the line */
    private readonly end: () => void,
  ) {}

  update(done: number, name: string): void {
    const now = Date.now();
    if (done < this.total && now - this.drawn < 100) return;
    this.drawn = now;
    const left = done > 0 && done < this.total ? `，预计还需 ${timeText(((now - this.started) / done) * (this.total - done))}` : '';
    this.status(`审核中 ${done}/${this.total}：${name}${left}`);
  }

  finish(): void {
    if (this.total > 0) this.end();
  }
}

/** 8 秒, 2 分 05 秒, 1 小时 03 分. */
export function timeText(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} 秒`;
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${String(s % 60).padStart(2, '0')} 秒`;
  return `${Math.floor(s / 3600)} 小时 ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} 分`;
}
