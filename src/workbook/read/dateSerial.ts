/**
 * A number a date-formatted cell holds, shown as the date it is (45413 → "2024-05-01"), so a message
 * names the date the user typed rather than the serial Excel stores. The 1900 date system: serial 1 is
 * 1900-01-01, and Excel counts a 1900-02-29 that never was (serial 60), so later serials count from
 * 1899-12-30.
 */

const MS_PER_DAY = 86_400_000;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function serialDateText(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null; // beyond 9999-12-31
  const day = Math.floor(serial);
  if (day === 60) return '1900-02-29';
  const epoch = Date.UTC(1899, 11, day < 60 ? 31 : 30);
  const at = new Date(epoch + day * MS_PER_DAY);
  const date = `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`;
  const minutes = Math.round((serial - day) * 24 * 60);
  return minutes === 0 ? date : `${date} ${two(Math.floor(minutes / 60) % 24)}:${two(minutes % 60)}`;
}
