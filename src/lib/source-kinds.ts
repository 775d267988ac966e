import type { DataEntry } from './dataset-types';
import { SOURCE_KINDS, type Source } from '../schemas/source';
import { publisherAnchor, publisherLetter } from './urls';

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

/** One publisher's sources of one kind, in the dataset's order (by date). */
export interface PublisherGroup {
	publisher: string;
	sources: DataEntry<Source>[];
}

/** The sources of one kind whose publishers share a letter, grouped by publisher. */
export interface SourceLetterGroup {
	letter: string;
	publishers: PublisherGroup[];
	count: number;
}

/**
 * A kind's sources split by their publishers' letters (see `publisherLetter`), letters in
 * alphabetical order with `0-9` last, each letter's publishers in the dataset's order: each letter
 * is one page, so no sources page grows with the whole bibliography of its kind.
 */
export function sourcesByLetter(group: SourceKindGroup): SourceLetterGroup[] {
	// Keyed by the publisher's anchor, so two spellings that would share an anchor share a heading.
	const letters = new Map<string, Map<string, PublisherGroup>>();
	for (const source of group.sources) {
		const letter = publisherLetter(source.data.publisher);
		const publishers = letters.get(letter) ?? new Map<string, PublisherGroup>();
		const key = publisherAnchor(source.data.publisher);
		const publisher = publishers.get(key) ?? { publisher: source.data.publisher, sources: [] };
		publisher.sources.push(source);
		publishers.set(key, publisher);
		letters.set(letter, publishers);
	}
	return [...letters]
		.sort(([a], [b]) => (a === '0-9' ? 1 : b === '0-9' ? -1 : a.localeCompare(b)))
		.map(([letter, publishers]) => ({
			letter,
			publishers: [...publishers.values()],
			count: [...publishers.values()].reduce((n, p) => n + p.sources.length, 0),
		}));
}
