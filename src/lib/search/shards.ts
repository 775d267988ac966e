/* Splits the search index so a reader's browser fetches only what a query needs. */
import Fuse from 'fuse.js/basic';
import { foldForSearch } from './fold';
import type { RecordType, SearchRecord } from './record-types';

/** A record with its position in the full index, so a partial set ranks ties as the full one does. */
export type NumberedRecord = [id: number, record: SearchRecord];

/**
 * One word shard: each index word that starts with the shard's key, with the chunks holding a record
 * that has it, as gaps (the first chunk, then the distance to each next one) so a word found in
 * nearly every chunk compresses to almost nothing.
 */
export type WordShard = Record<string, number[]>;

/** The first shard: small, fetched when a reader starts searching, and enough to find any place. */
export interface SearchHead {
	/** The word shards that exist, so the client never asks for one that does not. */
	keys: string[];
	/** The size in KB of each chunk of records as served (gzip in the build), by chunk number. */
	chunks: number[];
	/** The index number of the first record of each chunk, to find the chunks of a place's page. */
	starts: number[];
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
/** Shorter query words fetch nothing: "a" or "8" would need every shard they start. */
const MIN_WORD = 2;

/**
 * The shard a word belongs to: its first three characters. A query word is found at the start of an
 * index word, so it lives in the shard its own first three characters name.
 */
export function shardKey(word: string): string {
	return word.slice(0, KEY_LENGTH);
}

/** The folded words of a record's searchable fields. */
function wordsOf(record: SearchRecord): Set<string> {
	const text = foldForSearch(
		[record.n, record.k, record.x, record.l ?? '', record.c ?? ''].join(' ')
	);
	return new Set(text.split(' ').filter(Boolean));
}

/**
 * Records per chunk. Each record is shipped once, in its chunk, and a word's shard lists chunk
 * numbers only: a record has dozens of words, and copying it into every word's shard made the
 * shards thirty times the size of the index (1.5 GB at 3,500 jurisdictions).
 */
export const CHUNK_RECORDS = 48;

const gaps = (sorted: number[]) => sorted.map((n, i) => n - (sorted[i - 1] ?? 0));
const ungap = (list: readonly number[]) => {
	let at = 0;
	return list.map((gap) => (at += gap));
};

/**
 * The head, the word shards and the chunks of body records of an index. Records of a place's page
 * must follow its own record, before the next record of the head (as `buildSearchRecords` orders
 * them), so that a place's chunks are known from the head alone.
 * @param measure The bytes a chunk's JSON costs on the wire (its gzip size in the build).
 */
export function shardIndex(
	records: readonly SearchRecord[],
	measure: (json: string) => number = (json) => json.length
): {
	head: SearchHead;
	shards: Map<string, WordShard>;
	chunks: NumberedRecord[][];
} {
	const head: NumberedRecord[] = [];
	const chunks: NumberedRecord[][] = [];
	const words = new Map<string, Set<number>>();
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
		for (const word of wordsOf(record)) {
			let list = words.get(word);
			if (!list) words.set(word, (list = new Set()));
			list.add(chunk);
		}
	});
	const shards = new Map<string, WordShard>();
	for (const word of [...words.keys()].sort()) {
		const key = shardKey(word);
		if (!shards.has(key)) shards.set(key, {});
		shards.get(key)![word] = gaps([...words.get(word)!].sort((x, y) => x - y));
	}
	const kb = (value: unknown) => Math.ceil(measure(JSON.stringify(value)) / 1024);
	return {
		head: {
			keys: [...shards.keys()],
			chunks: chunks.map(kb),
			starts: chunks.map((chunk) => chunk[0]![0]),
			records: head,
		},
		shards,
		chunks,
	};
}

/** What the head alone tells the planner: which words name places, and which it answers itself. */
interface HeadWords {
	/** Each word of a place's name or alias, with the chunks of those places' pages. */
	places: Map<string, number[]>;
	/** Words of the questions' and glossary terms' names and keys, which the head answers. */
	answered: string[];
	/** Both, for typo corrections that cost no fetch. */
	vocabulary: string[];
}

const headWordsCache = new WeakMap<SearchHead, HeadWords>();

/** The chunks holding the records numbered from `first` up to (not including) `end`. */
function chunksBetween(starts: readonly number[], first: number, end: number): number[] {
	const found: number[] = [];
	starts.forEach((start, chunk) => {
		const next = starts[chunk + 1] ?? Infinity;
		if (start < end && next > first) found.push(chunk);
	});
	return found;
}

function headWords(head: SearchHead): HeadWords {
	let known = headWordsCache.get(head);
	if (known) return known;
	const places = new Map<string, Set<number>>();
	const answered = new Set<string>();
	head.records.forEach(([id, record], at) => {
		const names = foldForSearch(`${record.n} ${record.k.replaceAll(' · ', ' ')}`).split(' ');
		if (record.y !== 'jurisdiction') {
			for (const word of names) answered.add(word);
			return;
		}
		// A place's page runs from its own record to the next record of the head.
		const page = chunksBetween(head.starts, id, head.records[at + 1]?.[0] ?? Infinity);
		for (const word of names) {
			if (!places.has(word)) places.set(word, new Set());
			for (const chunk of page) places.get(word)!.add(chunk);
		}
	});
	known = {
		places: new Map([...places].map(([word, set]) => [word, [...set]])),
		answered: [...answered],
		vocabulary: [...new Set([...places.keys(), ...answered])],
	};
	headWordsCache.set(head, known);
	return known;
}

/** True when the head answers `form` itself: a question's or glossary term's word starts with it. */
const isAnswered = (known: HeadWords, form: string) =>
	known.answered.some((word) => word.startsWith(form));

/**
 * The word shards a query needs that are not loaded yet: one per word the head does not already
 * place or answer. Each is a small list of words and chunk numbers, fetched before any chunk.
 * @param forms Each content word of the query with its variants (`searchedForms`).
 */
export function plan(
	forms: readonly (readonly string[])[],
	head: SearchHead,
	loaded: ReadonlySet<string>
): string[] {
	const known = headWords(head);
	const existing = new Set(head.keys);
	const keys = forms
		.filter((group) => !group.some((f) => known.places.has(f) || isAnswered(known, f)))
		.flat()
		.filter((form) => form.length >= MIN_WORD)
		.map(shardKey);
	return [...new Set(keys)].filter((key) => existing.has(key) && !loaded.has(key));
}

/**
 * Above this many KB (gzip) of chunks a query stops adding more: with the head and word shards, one
 * query then stays within the search issue's 150 KB gzip even with 3,500 places in the head.
 */
export const CHUNK_BUDGET_KB = 72;

/** The chunks a query fetches, and the query words that the index holds somewhere. */
export interface ChunkPlan {
	fetch: string[];
	found: string[];
}

/** What a word found only as the start of a longer word or as a variant counts, against the word itself. */
const PARTIAL_WEIGHT = 0.5;

/**
 * The chunks to fetch for a query, never the whole index. A word naming a place selects the chunks
 * of that place's page; a word the head answers (a question, a glossary term) selects none; any
 * other word selects the chunks its shard lists. Each chunk scores the rarity of the words that
 * select it (a rare word more than a common one, the word itself more than a longer word it
 * starts), and the best chunks are fetched up to `CHUNK_BUDGET_KB`. A word found nowhere is read as
 * its one best correction, so a typo never pulls in many chunks.
 * @param forms Each content word of the query with its variants (`searchedForms`).
 * @param shards The word shards `plan` asked for, by key (missing ones count as empty).
 * @param loaded Chunks already loaded (as `chunkName`): not fetched again, though they count
 *   towards the budget as part of the query's chunks.
 */
export function planChunks(
	forms: readonly (readonly string[])[],
	head: SearchHead,
	shards: ReadonlyMap<string, WordShard>,
	loaded: ReadonlySet<string>
): ChunkPlan {
	const known = headWords(head);
	const found: string[] = [];
	const scores = new Map<number, number>();
	/** Chunks listing `form` as a word, and unless `exact` a longer word it starts (if 3+ letters). */
	const listed = (form: string, exact: boolean) => {
		const shard = shards.get(shardKey(form)) ?? {};
		return Object.keys(shard)
			.filter((w) => w === form || (!exact && form.length >= KEY_LENGTH && w.startsWith(form)))
			.flatMap((w) => ungap(shard[w]!));
	};
	const score = (chunks: readonly number[], weight: number) => {
		const set = new Set(chunks);
		const rarity = weight * Math.log(1 + head.chunks.length / Math.max(set.size, 1));
		for (const chunk of set) scores.set(chunk, (scores.get(chunk) ?? 0) + rarity);
	};
	for (const group of forms) {
		const word = group[0]!;
		let candidates = [...group];
		const inHead = (f: string) => known.places.has(f) || isAnswered(known, f);
		if (!candidates.some((f) => inHead(f) || listed(f, false).length > 0)) {
			const fix = new Fuse(
				[...known.vocabulary, ...Object.keys(shards.get(shardKey(word)) ?? {})],
				{
					threshold: 0.34,
					ignoreLocation: true,
				}
			).search(word, { limit: 1 })[0]?.item;
			if (word.length < 4 || !fix) continue;
			candidates = [fix];
		}
		found.push(word);
		const place = candidates.flatMap((f) => known.places.get(f) ?? []);
		if (place.length > 0) score(place, 1);
		else if (!candidates.some((f) => isAnswered(known, f))) {
			const exact = listed(candidates[0]!, true);
			score(exact, 1);
			score(
				candidates.flatMap((f) => listed(f, false)).filter((chunk) => !exact.includes(chunk)),
				PARTIAL_WEIGHT
			);
		}
	}
	const order = [...scores].sort(([a, x], [b, y]) => y - x || a - b).map(([chunk]) => chunk);
	const fetch: string[] = [];
	let kb = 0;
	// The query's chunks are the best ones within the budget, loaded or not, so asking again (the
	// reader presses Enter after typing) fetches nothing more.
	for (const chunk of order) {
		kb += head.chunks[chunk] ?? 0;
		if (kb > CHUNK_BUDGET_KB && chunk !== order[0]) break;
		const name = chunkName(chunk);
		if (!loaded.has(name)) fetch.push(name);
	}
	return { fetch, found };
}

/**
 * The files one query fetches in a fresh page, in order (word shards, then chunks), with `read`
 * returning a word shard; for the tests and the benchmark, which measure what the worker does.
 */
export function filesFor(
	forms: readonly (readonly string[])[],
	head: SearchHead,
	read: (key: string) => WordShard
): string[] {
	const keys = plan(forms, head, new Set());
	const shards = new Map(keys.map((key) => [key, read(key)]));
	return [...keys, ...planChunks(forms, head, shards, new Set()).fetch];
}

/** The name under which a chunk is fetched and remembered, e.g. `chunks/12`. */
export function chunkName(chunk: number): string {
	return `chunks/${chunk}`;
}

/**
 * Where a word shard or a chunk (`chunkName`) is served; keys are folded words, so they are encoded
 * for the path.
 */
export function shardUrl(key: string): string {
	if (key.startsWith('chunks/')) return `/search-shards/${key}.json`;
	return `/search-shards/${encodeURIComponent(key)}.json`;
}

/**
 * Adds a chunk's records to those loaded; a record fetched again replaces the head's short copy.
 */
export function addShard(
	loaded: Map<number, SearchRecord>,
	records: readonly NumberedRecord[]
): void {
	for (const [id, record] of records) {
		const known = loaded.get(id);
		if (!known || record.x.length > known.x.length) loaded.set(id, record);
	}
}

/** The loaded records in index order, so ties rank as they do in the full index. */
export function inIndexOrder(loaded: ReadonlyMap<number, SearchRecord>): SearchRecord[] {
	return [...loaded.keys()].sort((a, b) => a - b).map((id) => loaded.get(id)!);
}

/**
 * The whole index put back together from the head and every chunk, as a reader who fetched them
 * all would hold it: the files a build ships are the only copy of the index.
 * @throws when the chunks are not the ones the head lists (a chunk missing or out of place), or a
 *   record number between two shipped ones is in no file.
 */
export function wholeIndex(
	head: SearchHead,
	chunks: readonly (readonly NumberedRecord[])[]
): SearchRecord[] {
	if (chunks.length !== head.chunks.length)
		throw new Error(`The head lists ${head.chunks.length} chunks, not ${chunks.length}`);
	chunks.forEach((chunk, n) => {
		if (chunk[0]?.[0] !== head.starts[n])
			throw new Error(`Chunk ${n} does not start with record ${head.starts[n]}, as the head says`);
	});
	const loaded = new Map<number, SearchRecord>();
	addShard(loaded, head.records);
	for (const chunk of chunks) addShard(loaded, chunk);
	const records = inIndexOrder(loaded);
	const gap = records.findIndex((_, i) => !loaded.has(i));
	if (gap >= 0) throw new Error(`Search record ${gap} is in neither the head nor any chunk`);
	return records;
}
