/**
 * Built-ins newer than ES2017 that the shared code uses, for the older Chromium some WPS builds embed.
 * Each is installed only where missing, non-enumerable like the native one.
 */
/* eslint-disable no-extend-native */

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

// globalThis (Chromium 71): these pages only ever run in a window
if (typeof globalThis === 'undefined') (window as unknown as Record<string, unknown>).globalThis = window;

// Array.prototype.flat / flatMap, Object.fromEntries (Chromium 69 / 73)
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  const out: unknown[] = [];
  const walk = (items: unknown[], d: number) => {
    for (const item of items) {
      if (Array.isArray(item) && d > 0) walk(item, d - 1);
      else out.push(item);
    }
  };
  walk(this, Math.floor(Number(depth)) || 0);
  return out;
});
define(Array.prototype, 'flatMap', function flatMap(this: unknown[], fn: (v: unknown, i: number, a: unknown[]) => unknown, thisArg?: unknown): unknown[] {
  return (this.map(fn, thisArg) as unknown as { flat(d: number): unknown[] }).flat(1);
});
define(Object, 'fromEntries', function fromEntries(entries: Iterable<[PropertyKey, unknown]>): Record<PropertyKey, unknown> {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of entries) out[k] = v;
  return out;
});

// String.prototype.trimStart / trimEnd (Chromium 66), replaceAll (85), at (92)
define(String.prototype, 'trimStart', function trimStart(this: string): string {
  return this.replace(/^\s+/, '');
});
define(String.prototype, 'trimEnd', function trimEnd(this: string): string {
  return this.replace(/\s+$/, '');
});
define(String.prototype, 'replaceAll', function replaceAll(this: string, search: string | RegExp, replacement: string): string {
  if (search instanceof RegExp) {
    if (!search.global) throw new TypeError('replaceAll must be called with a global RegExp');
    return this.replace(search, replacement);
  }
  return this.split(search).join(replacement);
});
function at(this: { length: number; [i: number]: unknown }, index: number): unknown {
  const i = Math.trunc(index) || 0;
  const k = i < 0 ? this.length + i : i;
  return k < 0 || k >= this.length ? undefined : this[k];
}
define(Array.prototype, 'at', at);
define(String.prototype, 'at', function (this: string, index: number) {
  return at.call(this as unknown as { length: number }, index);
});

// Promise.prototype.finally (Chromium 63), Promise.allSettled (76)
define(Promise.prototype, 'finally', function (this: Promise<unknown>, fn: () => void) {
  return this.then(
    (v) => Promise.resolve(fn()).then(() => v),
    (e) =>
      Promise.resolve(fn()).then(() => {
        throw e;
      }),
  );
});
define(Promise, 'allSettled', function allSettled(items: Iterable<unknown>) {
  return Promise.all(
    Array.from(items, (p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason) => ({ status: 'rejected', reason }),
      ),
    ),
  );
});

// WeakRef (Chromium 84), which Fluent's focus management constructs: a strong reference is the
// fallback (a pane's few DOM nodes live as long as the pane anyway)
if (typeof (window as unknown as { WeakRef?: unknown }).WeakRef === 'undefined') {
  class StrongRef<T> {
    constructor(private readonly target: T) {}
    deref(): T {
      return this.target;
    }
  }
  (window as unknown as Record<string, unknown>).WeakRef = StrongRef;
}

export {};
