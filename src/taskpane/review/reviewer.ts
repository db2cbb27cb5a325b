/**
 * Who reviews and when: today's date as the 审核日期 field starts, and the reviewer's name remembered
 * in the pane's storage between sessions (where the Office webview allows it).
 */

export function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

const REVIEWER_KEY = 'perfscore.reviewer';

export function savedReviewer(): string {
  try {
    return window.localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return ''; // storage may be blocked in the Office webview
  }
}

export function saveReviewer(name: string): void {
  try {
    window.localStorage.setItem(REVIEWER_KEY, name);
  } catch {
    // not remembered: typed again next time
  }
}
