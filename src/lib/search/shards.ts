/* Splits the search index so a reader's browser fetches only what a query needs. */
import { foldForSearch } from './fold';
import type { RecordType, SearchRecord } from './record-types';

/** A record with its position in the full index, so a partial set ranks ties as the full one does. */
export type NumberedRecord = [id: number, record: SearchRecord];

/** The first shard: small, fetched when a reader starts searching, and enough to find any place. */
export interface SearchHead {
	/**
	 * The word shards that exist (so the client never asks for one that does not) with their sizes
	 * in KB; each lists the chunks that hold a record with a word of that key.
	 */
	sizes: Record<string, number>;
	/** The size in KB of each chunk of records, by chunk number. */
	chunks: number[];
	/**
	 * The whole index's size in KB: a query whose chunks weigh more than this share of it fetches the
	 * whole index instead.
	 */
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

/**
 * Records per chunk. Each record is shipped once, in its chunk, and a word's shard lists chunk
 * numbers only: a record has dozens of words, and copying it into every word's shard made the
 * shards thirty times the size of the index (1.5 GB at 3,500 jurisdictions).
 */
export const CHUNK_RECORDS = 48;

/** The head, the word shards (chunk numbers, ascending) and the chunks of body records of an index. */
export function shardIndex(records: readonly SearchRecord[]): {
	head: SearchHead;
	shards: Map<string, number[]>;
	chunks: NumberedRecord[][];
} {
	const head: NumberedRecord[] = [];
	const chunks: NumberedRecord[][] = [];
	const shards = new Map<string, Set<number>>();
	records.forEach((record, id) => {
		if (HEAD_TYPES.has(record.y)) {
			// A place's summary is long and one of thousands at scale: the head holds its name and
			// aliases, and the full record, which replaces it, comes with its chunk.
			const isPlace = record.y === 'jurisdiction';
			head.push([id, isPlace ? { ...record, x: '' } : record]);
			if (!isPlace) return;
		}
		if ((chunks.at(-1)?.length ?? CHUNK_RECORDS) >= CHUNK_RECORDS) chunks.push([]);
		const chunk = chunks.length - 1;
		chunks[chunk]!.push([id, record]);
		for (const key of keysOf(record)) {
			let shard = shards.get(key);
			if (!shard) shards.set(key, (shard = new Set()));
			shard.add(chunk);
		}
	});
	const kb = (value: unknown) => Math.ceil(JSON.stringify(value).length / 1024);
	const lists = new Map([...shards].map(([key, set]) => [key, [...set].sort((x, y) => x - y)]));
	const sizes = Object.fromEntries(
		[...lists.keys()].sort().map((key) => [key, kb(lists.get(key))])
	);
	return {
		head: { sizes, chunks: chunks.map(kb), whole: kb(records), records: head },
		shards: lists,
		chunks,
	};
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
 * Small chunks compress less than one large file: past this share of the whole index's raw size,
 * a query's chunks would cost more on the wire than the whole index.
 */
const WHOLE_SHARE = 0.7;

/**
 * The word shards a query needs that are not loaded yet (none once the whole index is): small
 * lists of chunk numbers, fetched before the chunks themselves.
 */
export function plan(
	words: readonly string[],
	head: Pick<SearchHead, 'sizes'>,
	loaded: ReadonlySet<string>
): string[] {
	if (loaded.has('*')) return [];
	return shardsFor(words, Object.keys(head.sizes)).filter((key) => !loaded.has(key));
}

/**
 * The chunks to fetch for the chunk numbers a query's shards list: those not loaded yet, or the
 * whole index (`"*"`) when they together would cost more on the wire, as a question of many
 * common words can.
 * @param needed Chunk numbers from the query's word shards.
 * @param loaded Chunks loaded (as `chunkName`), and `"*"` once the whole index is.
 */
export function planChunks(
	needed: Iterable<number>,
	head: Pick<SearchHead, 'chunks' | 'whole'>,
	loaded: ReadonlySet<string>
): string[] {
	if (loaded.has('*')) return [];
	const missing = [...new Set(needed)].map(chunkName).filter((name) => !loaded.has(name));
	const bytes = missing.reduce((sum, name) => sum + (head.chunks[chunkNumber(name)] ?? 0), 0);
	return bytes > head.whole * WHOLE_SHARE ? ['*'] : missing;
}

/** The name under which a chunk is fetched and remembered, e.g. `chunks/12`. */
export function chunkName(chunk: number): string {
	return `chunks/${chunk}`;
}

function chunkNumber(name: string): number {
	return Number(name.slice('chunks/'.length));
}

/**
 * Where a word shard or a chunk (`chunkName`) is served; keys are folded words, so they are encoded
 * for the path.
 */
export function shardUrl(key: string): string {
	if (key === '*') return '/search-index.json';
	if (key.startsWith('chunks/')) return `/search-shards/${key}.json`;
	return `/search-shards/${encodeURIComponent(key)}.json`;
}

/**
 * Adds a chunk's records (or the whole index's, numbered by position) to those loaded; a record
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
