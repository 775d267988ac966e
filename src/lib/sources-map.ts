import type { Source } from '../schemas/source';
import type { DataEntry } from './dataset-types';

/** `sourcesById` by the array it was made from: every page asks with the dataset's one array. */
const byIdOf = new WeakMap<DataEntry<Source>[], Map<string, Source>>();

/** Source data by id, for views that resolve citations (made once per array of sources; do not change it). */
export function sourcesById(sources: DataEntry<Source>[]): Map<string, Source> {
	let byId = byIdOf.get(sources);
	if (!byId) byIdOf.set(sources, (byId = new Map(sources.map((s) => [s.id, s.data]))));
	return byId;
}

/**
 * The sources a page cites, each once, in the dataset's order, from the citations and inline
 * source ids of whatever the page shows.
 * @param sources All sources.
 * @param cited Citations (`{ source }`) and/or bare source ids.
 */
export function citedSources(
	sources: DataEntry<Source>[],
	cited: Iterable<{ source: string } | string>
): DataEntry<Source>[] {
	const ids = new Set([...cited].map((c) => (typeof c === 'string' ? c : c.source)));
	return sources.filter((s) => ids.has(s.id));
}
