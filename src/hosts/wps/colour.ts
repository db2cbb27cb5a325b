/** `Interior.Color` is an integer in BGR order (red in the low byte), while plans speak #RRGGBB. */

export function hexToBgr(hex: string): number {
  const m = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(hex);
  if (!m) throw new Error(`填充颜色「${hex}」应为 #RRGGBB`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 0x100 + parseInt(m[3], 16) * 0x10000;
}

export function bgrToHex(bgr: number): string {
  const hex = (n: number) => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');
  return `#${hex(bgr)}${hex(bgr >> 8)}${hex(bgr >> 16)}`;
}
