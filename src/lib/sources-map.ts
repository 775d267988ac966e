import type { Source } from '../schemas/source';
import type { DataEntry } from './dataset-types';

/** Source data by id, for views that resolve citations. */
export function sourcesById(sources: DataEntry<Source>[]): Map<string, Source> {
	return new Map(sources.map((s) => [s.id, s.data]));
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
