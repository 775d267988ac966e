import type { DataEntry } from './dataset-types';

const maps = new WeakMap<readonly DataEntry<unknown>[], Map<string, DataEntry<unknown>>>();

/**
 * Entries by id, built once per list and reused: thousands of pages each look up a few entries of
 * the same list, and a scan or a new map per page would make the build quadratic in jurisdictions.
 * Lists are never changed after loading, so the map stays true.
 * @param entries A collection as loaded (the same array every page receives).
 */
export function byId<T>(entries: readonly DataEntry<T>[]): ReadonlyMap<string, DataEntry<T>> {
	let map = maps.get(entries);
	if (!map) {
		map = new Map(entries.map((e) => [e.id, e]));
		maps.set(entries, map);
	}
	return map as Map<string, DataEntry<T>>;
}
