import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, searchedWords } from '../../src/lib/search/engine';
import type { SearchRecord } from '../../src/lib/search/record-types';
import {
	addShard,
	inIndexOrder,
	chunkName,
	plan,
	planChunks,
	shardIndex,
	shardKey,
	shardsFor,
	type NumberedRecord,
	type SearchHead,
} from '../../src/lib/search/shards';
import { DIST, requireDist } from '../support/dist';
import relevance from './relevance-set.json';

let index: SearchRecord[];
let head: SearchHead;
const shard = (key: string) =>
	JSON.parse(readFileSync(join(DIST, 'search-shards', `${key}.json`), 'utf8')) as unknown;

beforeAll(() => {
	requireDist();
	index = JSON.parse(readFileSync(join(DIST, 'search-index.json'), 'utf8')) as SearchRecord[];
	head = JSON.parse(readFileSync(join(DIST, 'search-shards', 'head.json'), 'utf8')) as SearchHead;
});

/**
 * What the browser's worker searches for a query: the head plus the chunks that the shards of the
 * query's words list.
 */
function sharded(query: string): SearchRecord[] {
	const loaded = new Map<number, SearchRecord>();
	addShard(loaded, head.records);
	const chunks = plan(searchedWords(query), head, new Set()).flatMap(
		(key) => shard(key) as number[]
	);
	for (const name of planChunks(chunks, head, new Set()))
		addShard(loaded, name === '*' ? index : (shard(name) as NumberedRecord[]));
	return inIndexOrder(loaded);
}

describe('sharded search index', () => {
	it('every record is in the head or in one chunk, listed by the shard of each of its words', () => {
		const { head: built, shards, chunks } = shardIndex(index);
		const chunked = chunks.flat().map(([id]) => id);
		expect(new Set(chunked).size).toBe(chunked.length);
		const inHead = new Set(built.records.map(([id]) => id));
		index.forEach((record, id) =>
			expect(inHead.has(id) || chunked.includes(id), record.u).toBe(true)
		);
		const [id, policy] = [...index.entries()].find(([, r]) => r.y === 'policy')!;
		const word = policy.n
			.toLowerCase()
			.split(/[^a-z]+/)
			.find((w) => w.length >= 3)!;
		const chunk = chunks.findIndex((c) => c.some(([i]) => i === id));
		expect(shards.get(shardKey(word))).toContain(chunk);
		expect(built.chunks).toHaveLength(chunks.length);
	});

	it('the shipped shards and chunks are the ones the index splits into', () => {
		const { shards, chunks } = shardIndex(index);
		expect(Object.keys(head.sizes).sort()).toEqual([...shards.keys()].sort());
		const [key, list] = [...shards].find(([, l]) => l.length > 1)!;
		expect(shard(key)).toEqual(list);
		expect(shard(chunkName(chunks.length - 1))).toEqual(chunks.at(-1));
	});

	it('the head holds places without their summaries, and the full place comes with a shard', () => {
		const place = head.records.find(([, r]) => r.y === 'jurisdiction')!;
		expect(place[1].x).toBe('');
		expect(head.records.some(([, r]) => r.y === 'policy' || r.y === 'source')).toBe(false);
		const loaded = new Map<number, SearchRecord>([[place[0], place[1]]]);
		addShard(loaded, [[place[0], index[place[0]]!]]);
		expect(loaded.get(place[0])!.x).toBe(index[place[0]]!.x);
	});

	it('a query whose chunks outweigh the whole index fetches the whole index, once', () => {
		const small = { sizes: { det: 1, jai: 1 }, chunks: [60, 50, 40], whole: 150 };
		expect(plan(['detainer', 'jail'], small, new Set(['det']))).toEqual(['jai']);
		expect(plan(['detainer'], small, new Set(['*']))).toEqual([]);
		expect(planChunks([0, 0], small, new Set())).toEqual([chunkName(0)]);
		expect(planChunks([0, 1], small, new Set())).toEqual(['*']);
		expect(planChunks([0, 1], small, new Set([chunkName(0)]))).toEqual([chunkName(1)]);
		expect(planChunks([2], small, new Set(['*']))).toEqual([]);
	});

	it('words shorter than a key fetch nothing; other words fetch only shards that exist', () => {
		expect(shardsFor(['ny', '8'], Object.keys(head.sizes))).toEqual([]);
		expect(shardsFor(['detainers', 'xqzzv'], Object.keys(head.sizes))).toEqual(['det']);
	});

	it.each(relevance.queries.map((c) => [c.q, c.first ?? c.top3!, c.first ? 1 : 3] as const))(
		'%s → the head and its shards find %s in the top %i, as the full index does',
		(query, pattern, n) => {
			const urls = createSearcher(sharded(query))
				.search(query, 5)
				.map((h) => h.record.u);
			expect(
				urls.slice(0, n).some((u) => new RegExp(pattern).test(u)),
				urls.join(', ')
			).toBe(true);
		}
	);
});
