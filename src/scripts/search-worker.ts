/// <reference lib="webworker" />
/* Runs the search engine off the main thread: fetches the head shard, then the word shards each
   query needs and the chunks its most selective word lists, and answers twice when it can: at
   once from what is loaded, then with those chunks. */
import {
	createSearcher,
	searchedForms,
	type SearchResult,
	type Searcher,
} from '../lib/search/engine';
import type { SearchRecord } from '../lib/search/record-types';
import {
	addShard,
	inIndexOrder,
	plan,
	planChunks,
	shardUrl,
	type NumberedRecord,
	type SearchHead,
	type WordShard,
} from '../lib/search/shards';

/** A query from the page; `warm` only loads the head. */
export interface SearchRequest {
	ticket: number;
	query: string;
	limit: number;
	warm?: boolean;
}

/** An answer; `final` is false for the quick answer from the shards already loaded. */
export interface SearchResponse {
	ticket: number;
	result: SearchResult;
	final: boolean;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const loaded = new Map<number, SearchRecord>();
/** Chunks fetched or on their way, by `chunkName`. */
const fetched = new Map<string, Promise<void>>();
/** Word shards (words and their chunk numbers) fetched or on their way, by key. */
const shards = new Map<string, Promise<WordShard>>();
let head: Promise<SearchHead> | undefined;
let searcher: Searcher | undefined;
let searcherSize = -1;
let latest = 0;

async function getJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`search index ${url}: HTTP ${response.status}`);
	return (await response.json()) as T;
}

/** The head shard, fetched once; its records are loaded with it. */
function loadHead(): Promise<SearchHead> {
	head ??= getJson<SearchHead>(shardUrl('head')).then(
		(body) => {
			addShard(loaded, body.records);
			return body;
		},
		(error: unknown) => {
			head = undefined; // the next query tries again
			throw error;
		}
	);
	return head;
}

/** Fetches one word shard once; one that fails is forgotten, so the next query tries it again. */
function fetchShard(key: string): Promise<WordShard> {
	let done = shards.get(key);
	if (!done) {
		done = getJson<WordShard>(shardUrl(key)).catch(() => {
			shards.delete(key);
			return {};
		});
		shards.set(key, done);
	}
	return done;
}

/** Fetches one chunk once; one that fails is forgotten, so the next query tries it again. */
function fetchChunk(key: string): Promise<void> {
	let done = fetched.get(key);
	if (!done) {
		done = getJson<NumberedRecord[]>(shardUrl(key))
			.then((records) => addShard(loaded, records))
			.catch(() => void fetched.delete(key));
		fetched.set(key, done);
	}
	return done;
}

/** The searcher over every record loaded so far, rebuilt only when records were added. */
function current(): Searcher {
	if (!searcher || searcherSize !== loaded.size) {
		searcher = createSearcher(inIndexOrder(loaded));
		searcherSize = loaded.size;
	}
	return searcher;
}

/** Answers one request: at once from what is loaded when shards are missing, then in full. */
async function answer({ ticket, query, limit, warm }: SearchRequest): Promise<void> {
	latest = ticket;
	const index = await loadHead();
	// Build the searcher while the reader is still typing their first word.
	if (warm) return void current();
	const forms = searchedForms(query);
	let quick = false;
	const answerQuickly = () => {
		if (quick || ticket !== latest) return;
		quick = true;
		// Places, questions and the chunks already here answer while the rest is on its way; words
		// the body may still hold are not yet called unmatched.
		const result = { ...current().searchDetailed(query, limit), ignored: [] };
		const reply: SearchResponse = { ticket, result, final: false };
		scope.postMessage(reply);
	};
	const keys = plan(forms, index, new Set(shards.keys()));
	if (keys.length > 0) answerQuickly();
	await Promise.all(keys.map(fetchShard));
	const lists = new Map<string, WordShard>();
	for (const [key, shard] of shards) lists.set(key, await shard);
	const { fetch: missing, found } = planChunks(forms, index, lists, new Set(fetched.keys()));
	if (missing.length > 0) answerQuickly();
	await Promise.all(missing.map(fetchChunk));
	// Chunks fetched for an earlier query may still be on their way.
	await Promise.all(fetched.values());
	// A newer query has started: its own answer will follow, this one would only flicker.
	if (ticket !== latest) return;
	const result = current().searchDetailed(query, limit);
	// A word the index holds in chunks this query did not fetch is not "matched nothing".
	const held = new Set(found);
	const reply: SearchResponse = {
		ticket,
		result: { ...result, ignored: result.ignored.filter((w) => !held.has(w)) },
		final: true,
	};
	scope.postMessage(reply);
}

scope.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
	answer(event.data).catch(() => {
		// The head could not be loaded: say there are no results rather than leave the box waiting.
		const reply: SearchResponse = {
			ticket: event.data.ticket,
			result: { hits: [], ignored: [] },
			final: true,
		};
		scope.postMessage(reply);
	});
});
