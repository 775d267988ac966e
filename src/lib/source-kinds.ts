import type { DataEntry } from './dataset-types';
import { SOURCE_KINDS, type Source } from '../schemas/source';

/** The sources of one kind, in the dataset's order. */
export interface SourceKindGroup {
	kind: (typeof SOURCE_KINDS)[number];
	sources: DataEntry<Source>[];
}

/**
 * The sources grouped by kind, primary documents first (the order of `SOURCE_KINDS`), leaving out
 * kinds with none: the sources pages are split this way so that none grows with the whole bibliography.
 */
export function sourcesByKind(sources: DataEntry<Source>[]): SourceKindGroup[] {
	return SOURCE_KINDS.map((kind) => ({
		kind,
		sources: sources.filter((s) => s.data.kind === kind),
	})).filter((g) => g.sources.length > 0);
}
