/// <reference lib="webworker" />
/* Runs the search engine off the main thread: fetches the head shard, then the body shards each
   query needs, and answers twice when it can: at once from what is loaded, then with every shard. */
import {
	createSearcher,
	searchedWords,
	type SearchResult,
	type Searcher,
} from '../lib/search/engine';
import type { SearchRecord } from '../lib/search/record-types';
import {
	addShard,
	inIndexOrder,
	shardsFor,
	shardUrl,
	type NumberedRecord,
	type SearchHead,
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
const fetched = new Map<string, Promise<void>>();
let keys: string[] = [];
let searcher: Searcher | undefined;
let searcherSize = -1;
let latest = 0;

/** Fetches one shard once and adds its records; a record fetched again replaces the head's short copy. */
function fetchShard(url: string): Promise<void> {
	let done = fetched.get(url);
	if (!done) {
		done = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`search shard ${url}: HTTP ${response.status}`);
				return response.json() as Promise<NumberedRecord[] | SearchHead>;
			})
			.then((body) => {
				addShard(loaded, Array.isArray(body) ? body : body.records);
				if (!Array.isArray(body)) keys = body.keys;
			});
		fetched.set(url, done);
	}
	return done;
}
const head = () => fetchShard(shardUrl('head'));

/** The searcher over every record loaded so far, in index order so ties rank as in the full index. */
function current(): Searcher {
	if (!searcher || searcherSize !== loaded.size) {
		searcher = createSearcher(inIndexOrder(loaded));
		searcherSize = loaded.size;
	}
	return searcher;
}

scope.addEventListener('message', async (event: MessageEvent<SearchRequest>) => {
	const { ticket, query, limit, warm } = event.data;
	latest = ticket;
	await head();
	if (warm) return;
	const needed = shardsFor(searchedWords(query), keys).map(shardUrl);
	const missing = needed.filter((url) => !fetched.has(url));
	if (missing.length > 0 && ticket === latest) {
		// Places, questions and the shards already here answer while the rest is on its way.
		// Words the body may still hold are not yet called unmatched.
		const result = { ...current().searchDetailed(query, limit), ignored: [] };
		const reply: SearchResponse = { ticket, result, final: false };
		scope.postMessage(reply);
	}
	// A shard that fails to load leaves the answer to what did load; the next query tries it again.
	await Promise.all(needed.map((url) => fetchShard(url).catch(() => fetched.delete(url))));
	// A newer query has started: its own answer will follow, this one would only flicker.
	if (ticket !== latest) return;
	const reply: SearchResponse = {
		ticket,
		result: current().searchDetailed(query, limit),
		final: true,
	};
	scope.postMessage(reply);
});
