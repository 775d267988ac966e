import type { Source } from '../schemas/source';
import type { DataEntry } from './dataset-types';

/** Source data by id, for views that resolve citations. */
export function sourcesById(sources: DataEntry<Source>[]): Map<string, Source> {
	return new Map(sources.map((s) => [s.id, s.data]));
}
