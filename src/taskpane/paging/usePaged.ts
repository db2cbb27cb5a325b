/**
 * One page of a long list at a time, so a 1,000-leaf table renders 50 rows, not 1,000 (the pane's
 * 识别 and 评分 stay under their 300 ms budget). The page is kept when the list changes length, but
 * never past its end.
 */
import { useState } from 'react';

export const PAGE_SIZE = 50;

export interface Paged<T> {
  /** the items of the page shown, each with its index in the whole list */
  shown: { item: T; index: number }[];
  page: number;
  pages: number;
  /** 1-based first and last item shown, and the whole count */
  first: number;
  last: number;
  count: number;
  go(page: number): void;
}

export function usePaged<T>(items: readonly T[], size = PAGE_SIZE): Paged<T> {
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(wanted, pages - 1);
  const start = page * size;
  const shown = items.slice(start, start + size).map((item, i) => ({ item, index: start + i }));
  return {
    shown,
    page,
    pages,
    first: items.length ? start + 1 : 0,
    last: start + shown.length,
    count: items.length,
    go: (p) => setPage(Math.max(0, Math.min(p, pages - 1))),
  };
}
