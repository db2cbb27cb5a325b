/**
 * Lookups by text a workbook holds. A plain object answers "constructor", "toString" or "__proto__"
 * with what it inherits from Object.prototype, so a unit cell "5constructor" found a function as its
 * factor; these look only at a table's own entries.
 */

/** The entry stored under `key` in `table` itself; undefined for a key it only inherits. */
export function ownEntry<V>(table: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** True when `table` itself holds `key`. */
export function hasOwnKey(table: object | undefined, key: string): boolean {
  return table !== undefined && Object.prototype.hasOwnProperty.call(table, key);
}

/** An empty record with no prototype: assigning "__proto__" stores an entry like any other key. */
export function emptyRecord<V>(): Record<string, V> {
  return Object.create(null) as Record<string, V>;
}
