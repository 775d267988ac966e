import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, searchedWords } from '../../src/lib/search/engine';
import type { SearchRecord } from '../../src/lib/search/record-types';
import {
	addShard,
	inIndexOrder,
	plan,
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
	JSON.parse(readFileSync(join(DIST, 'search-shards', `${key}.json`), 'utf8')) as NumberedRecord[];

beforeAll(() => {
	requireDist();
	index = JSON.parse(readFileSync(join(DIST, 'search-index.json'), 'utf8')) as SearchRecord[];
	head = JSON.parse(readFileSync(join(DIST, 'search-shards', 'head.json'), 'utf8')) as SearchHead;
});

/** What the browser's worker searches for a query: the head plus the shards the query's words name. */
function sharded(query: string): SearchRecord[] {
	const loaded = new Map<number, SearchRecord>();
	addShard(loaded, head.records);
	for (const key of plan(searchedWords(query), head, new Set()))
		addShard(loaded, key === '*' ? index : shard(key));
	return inIndexOrder(loaded);
}

describe('sharded search index', () => {
	it('every record is in the head or in the shard of each of its words', () => {
		const { head: built, shards } = shardIndex(index);
		const inShards = new Set([...shards.values()].flat().map(([id]) => id));
		const inHead = new Set(built.records.map(([id]) => id));
		index.forEach((record, id) => expect(inHead.has(id) || inShards.has(id), record.u).toBe(true));
		const [id, policy] = [...index.entries()].find(([, r]) => r.y === 'policy')!;
		const word = policy.n
			.toLowerCase()
			.split(/[^a-z]+/)
			.find((w) => w.length >= 3)!;
		expect(shards.get(shardKey(word))!.map(([i]) => i)).toContain(id);
	});

	it('the head holds places without their summaries, and the full place comes with a shard', () => {
		const place = head.records.find(([, r]) => r.y === 'jurisdiction')!;
		expect(place[1].x).toBe('');
		expect(head.records.some(([, r]) => r.y === 'policy' || r.y === 'source')).toBe(false);
		const loaded = new Map<number, SearchRecord>([[place[0], place[1]]]);
		addShard(loaded, [[place[0], index[place[0]]!]]);
		expect(loaded.get(place[0])!.x).toBe(index[place[0]]!.x);
	});

	it('a query whose shards outweigh the whole index fetches the whole index, once', () => {
		const small = { sizes: { det: 60, jai: 50 }, whole: 150 };
		expect(plan(['detainer'], small, new Set())).toEqual(['det']);
		expect(plan(['detainer', 'jail'], small, new Set())).toEqual(['*']);
		expect(plan(['detainer', 'jail'], small, new Set(['det']))).toEqual(['jai']);
		expect(plan(['detainer'], small, new Set(['*']))).toEqual([]);
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
