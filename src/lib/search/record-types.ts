/* The shape of the shipped search index; kept free of imports so the browser bundle stays small. */

/** Queries shorter than this (after trimming) are not searched: every view waits for a second letter. */
export const MIN_QUERY_LENGTH = 2;

/** Kinds of search results, in the order results of equal relevance are shown. */
export const RECORD_TYPES = [
	'jurisdiction',
	'dimension',
	'glossary',
	'policy',
	'section',
	'person',
	'event',
	'source',
	'ice287g',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Labels shown next to each result. */
export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
	jurisdiction: 'Jurisdiction',
	dimension: 'Policy question',
	glossary: 'Glossary',
	policy: 'Policy',
	section: 'Page section',
	person: 'Person',
	event: 'Timeline',
	source: 'Source',
	ice287g: 'ICE 287(g) list',
};

/**
 * One short searchable thing with a link to exactly where it is. Field names are one letter because
 * the index is shipped to browsers and every byte is paid by every reader who searches.
 */
export interface SearchRecord {
	/** Type. */
	y: RecordType;
	/** Title as shown. */
	n: string;
	/** Where it lives, with the fragment of its section. */
	u: string;
	/** Other names and codes that should find it (aliases, state, kind, citation numbers). */
	k: string;
	/** Text to search and to quote in the snippet (short: a summary, detail or paragraph). */
	x: string;
	/** Names of the laws and orders a policy rests on; they count as much as its title. */
	l?: string;
	/** Context line shown beside the title (the value of a policy, a source's publisher); also searched. */
	c?: string;
	/** The title in Spanish, shown on the Spanish search page, where the record has one. */
	s?: string;
}
