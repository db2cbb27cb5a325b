/**
 * Saves bytes as a file from the page itself: a Blob behind an object URL and a temporary
 * <a download>, so nothing goes over the network. Returns false where the webview has no such
 * download; where it has one but the host blocks it (some Office task panes do), nothing tells the
 * page, so the caller says how to do without.
 */
export function saveBytes(bytes: Uint8Array, fileName: string, type: string): boolean {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  if (!('download' in HTMLAnchorElement.prototype)) return false;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // the download has its own reference by then; the URL is let go a little later to be safe
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return true;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
