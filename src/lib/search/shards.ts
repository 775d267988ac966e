/* Splits the search index so a reader's browser fetches only what a query needs. */
import { foldForSearch } from './fold';
import type { RecordType, SearchRecord } from './record-types';

/** A record with its position in the full index, so a partial set ranks ties as the full one does. */
export type NumberedRecord = [id: number, record: SearchRecord];

/** The first shard: small, fetched when a reader starts searching, and enough to find any place. */
export interface SearchHead {
	/**
	 * The body shards that exist (so the client never asks for one that does not) with their sizes
	 * in KB, and the whole index's: a query whose shards weigh more than the whole index fetches the
	 * whole index instead.
	 */
	sizes: Record<string, number>;
	whole: number;
	records: NumberedRecord[];
}

/**
 * Places (by name and alias), policy questions and glossary terms: what a first keystroke is most
 * often for, and what lends itself to other records (a place to its page, a question to its
 * answers). People, laws and text are in the body: at national scale they outnumber places tenfold.
 */
export const HEAD_TYPES: ReadonlySet<RecordType> = new Set([
	'jurisdiction',
	'dimension',
	'glossary',
]);

/** Characters of a word that name its shard. */
const KEY_LENGTH = 3;

/**
 * The shard a word belongs to: its first three characters. A query word is found at the start of an
 * index word, so it lives in the shard its own first three characters name.
 */
export function shardKey(word: string): string {
	return word.slice(0, KEY_LENGTH);
}

/** Every shard key of a record's searchable words. */
function keysOf(record: SearchRecord): Set<string> {
	const text = foldForSearch(
		[record.n, record.k, record.x, record.l ?? '', record.c ?? ''].join(' ')
	);
	return new Set(text.split(' ').filter(Boolean).map(shardKey));
}

/** The head and the body shards of an index; a body record sits in the shard of each of its words. */
export function shardIndex(records: readonly SearchRecord[]): {
	head: SearchHead;
	shards: Map<string, NumberedRecord[]>;
} {
	const head: NumberedRecord[] = [];
	const shards = new Map<string, NumberedRecord[]>();
	records.forEach((record, id) => {
		if (HEAD_TYPES.has(record.y)) {
			// A place's summary is long and one of thousands at scale: the head holds its name and
			// aliases, and the full record, which replaces it, comes with the shards of its words.
			const isPlace = record.y === 'jurisdiction';
			head.push([id, isPlace ? { ...record, x: '' } : record]);
			if (!isPlace) return;
		}
		for (const key of keysOf(record)) {
			let shard = shards.get(key);
			if (!shard) shards.set(key, (shard = []));
			shard.push([id, record]);
		}
	});
	const kb = (value: unknown) => Math.ceil(JSON.stringify(value).length / 1024);
	const sizes = Object.fromEntries(
		[...shards.keys()].sort().map((key) => [key, kb(shards.get(key))])
	);
	return { head: { sizes, whole: kb(records), records: head }, shards };
}

/**
 * The shards a query needs, out of those that exist. Words shorter than a key ("la", "8") fetch
 * nothing: they would need every shard they start, and the head already answers them as names.
 */
export function shardsFor(words: readonly string[], existing: readonly string[]): string[] {
	const known = new Set(existing);
	return [...new Set(words.filter((w) => w.length >= KEY_LENGTH).map(shardKey))].filter((key) =>
		known.has(key)
	);
}

/**
 * Small shards compress less than one large file: past this share of the whole index's raw size,
 * a query's shards would cost more on the wire than the whole index.
 */
const WHOLE_SHARE = 0.7;

/**
 * What to fetch for a query: the shards it needs that are not loaded yet, or the whole index
 * (`"*"`) when those shards together would cost more on the wire, as a question of many common words can.
 */
export function plan(
	words: readonly string[],
	head: Pick<SearchHead, 'sizes' | 'whole'>,
	loaded: ReadonlySet<string>
): string[] {
	if (loaded.has('*')) return [];
	const missing = shardsFor(words, Object.keys(head.sizes)).filter((key) => !loaded.has(key));
	const bytes = missing.reduce((sum, key) => sum + (head.sizes[key] ?? 0), 0);
	return bytes > head.whole * WHOLE_SHARE ? ['*'] : missing;
}

/** Where a shard is served; keys are folded words, so they are encoded for the path. */
export function shardUrl(key: string): string {
	if (key === '*') return '/search-index.json';
	return `/search-shards/${encodeURIComponent(key)}.json`;
}

/**
 * Adds a shard's records (or the whole index's, numbered by position) to those loaded; a record
 * fetched again replaces the head's short copy.
 */
export function addShard(
	loaded: Map<number, SearchRecord>,
	records: readonly NumberedRecord[] | readonly SearchRecord[]
): void {
	records.forEach((entry: NumberedRecord | SearchRecord, position: number) => {
		const [id, record] = isNumbered(entry) ? entry : [position, entry];
		const known = loaded.get(id);
		if (!known || record.x.length > known.x.length) loaded.set(id, record);
	});
}

const isNumbered = (entry: NumberedRecord | SearchRecord): entry is NumberedRecord =>
	Array.isArray(entry);

/** The loaded records in index order, so ties rank as they do in the full index. */
export function inIndexOrder(loaded: ReadonlyMap<number, SearchRecord>): SearchRecord[] {
	return [...loaded.keys()].sort((a, b) => a - b).map((id) => loaded.get(id)!);
}
