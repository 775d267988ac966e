import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSearcher, searchedForms } from '../../src/lib/search/engine';
import type { SearchRecord } from '../../src/lib/search/record-types';
import {
	addShard,
	inIndexOrder,
	chunkName,
	CHUNK_BUDGET_KB,
	filesFor,
	plan,
	planChunks,
	shardIndex,
	shardKey,
	type NumberedRecord,
	type SearchHead,
	type WordShard,
} from '../../src/lib/search/shards';
import { DIST, requireDist, searchIndex } from '../support/dist';
import relevance from './relevance-set.json';

let index: SearchRecord[];
let head: SearchHead;
const shard = (key: string) =>
	JSON.parse(readFileSync(join(DIST, 'search-shards', `${key}.json`), 'utf8')) as unknown;

beforeAll(() => {
	requireDist();
	index = searchIndex();
	head = JSON.parse(readFileSync(join(DIST, 'search-shards', 'head.json'), 'utf8')) as SearchHead;
});

/**
 * What the browser's worker searches for a query: the head plus the chunks that the query's word
 * shards select.
 */
function sharded(query: string): SearchRecord[] {
	const loaded = new Map<number, SearchRecord>();
	addShard(loaded, head.records);
	for (const name of filesFor(searchedForms(query), head, (key) => shard(key) as WordShard))
		if (name.startsWith('chunks/')) addShard(loaded, shard(name) as NumberedRecord[]);
	return inIndexOrder(loaded);
}

describe('sharded search index', () => {
	it('every record is in the head or in one chunk, listed under each of its words', () => {
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
		const gaps = shards.get(shardKey(word))![word]!;
		expect(gaps.map((_, i) => gaps.slice(0, i + 1).reduce((a, b) => a + b))).toContain(chunk);
		expect(built.chunks).toHaveLength(chunks.length);
		expect(built.starts).toEqual(chunks.map((c) => c[0]![0]));
	});

	it("every record of a place's page lies between its place and the next record of the head", () => {
		const ids = head.records.map(([id]) => id);
		const pages = head.records.flatMap(([id, r], at) =>
			r.y === 'jurisdiction' ? [{ u: r.u, from: id, to: ids[at + 1]! }] : []
		);
		index.forEach((record, i) => {
			if (!['policy', 'section', 'person'].includes(record.y)) return;
			const page = pages.find((p) => record.u.startsWith(p.u))!;
			expect(i > page.from && i < page.to, `${record.u} (${i})`).toBe(true);
		});
	});

	it('the shipped shards and chunks are the ones the index splits into', () => {
		const { shards, chunks } = shardIndex(index);
		expect(head.keys).toEqual([...shards.keys()]);
		const [key, words] = [...shards].find(([, w]) => Object.keys(w).length > 1)!;
		expect(shard(key)).toEqual(words);
		expect(shard(chunkName(chunks.length - 1))).toEqual(chunks.at(-1));
	});

	it('the head holds places without their summaries, and the full place comes with a shard', () => {
		const place = head.records.find(([, r]) => r.y === 'jurisdiction')!;
		expect(place[1].x).toBe('');
		expect(head.records.some(([, r]) => r.y === 'policy' || r.y === 'source')).toBe(false);
		// The chunk the head points to for this place ships its full record, summary and all.
		const chunk = head.starts.findLastIndex((start) => start <= place[0]);
		const shipped = shard(chunkName(chunk)) as NumberedRecord[];
		const full = shipped.find(([id]) => id === place[0])?.[1];
		expect(full?.x.length).toBeGreaterThan(0);
		const loaded = new Map<number, SearchRecord>([[place[0], place[1]]]);
		addShard(loaded, shipped);
		expect(loaded.get(place[0])).toEqual(full);
	});
});

describe('what one query fetches', () => {
	const record = (y: SearchRecord['y'], n: string, u: string, x = ''): SearchRecord => ({
		y,
		n,
		u,
		k: '',
		x,
	});
	// Two places of 60 records each (two chunks apiece), a question, then 200 sources that all say
	// "common", four of which also say "rareword" and one "otherword".
	const page = (slug: string, name: string) => [
		record('jurisdiction', name, `/jurisdictions/${slug}/`),
		...Array.from({ length: 59 }, (_, i) =>
			record('section', `${name}: part ${i}`, `/jurisdictions/${slug}/#s${i}`, 'common text')
		),
	];
	const records = [
		...page('alpha', 'Alphaville'),
		...page('beta', 'Betaburg'),
		record('dimension', 'ICE detainers', '/policies/detainers/', 'Does it honour detainers?'),
		...Array.from({ length: 200 }, (_, i) =>
			record(
				'source',
				`Source ${i}`,
				`/sources/#s${i}`,
				`common ${[10, 60, 110, 160].includes(i) ? 'rareword' : ''} ${i === 160 ? 'otherword' : ''}`
			)
		),
	];
	const built = shardIndex(records);
	const read = (key: string) => built.shards.get(key) ?? {};
	const files = (query: string) => filesFor(searchedForms(query), built.head, read);
	const chunksOf = (slug: string) =>
		built.chunks
			.map((chunk, n) => (chunk.some(([id]) => records[id]!.u.includes(slug)) ? chunkName(n) : ''))
			.filter(Boolean);

	const chunkFiles = (list: string[]) => list.filter((f) => f.startsWith('chunks/'));
	/** The same head with every chunk weighing 30 KB, so the budget of 72 KB takes two of them. */
	const heavy = { ...built.head, chunks: built.head.chunks.map(() => 30) };
	const heavyFiles = (query: string) =>
		planChunks(searchedForms(query), heavy, built.shards, new Set()).fetch;
	const listing = (word: string) =>
		built.chunks
			.map((chunk, n) => (chunk.some(([id]) => records[id]!.x.includes(word)) ? chunkName(n) : ''))
			.filter(Boolean);

	it("a place's name fetches its page's chunks and no word shard", () => {
		expect(chunksOf('alpha')).toHaveLength(2);
		expect(files('Alphaville')).toEqual(chunksOf('alpha'));
		expect(heavyFiles('betaburg common')).toEqual(chunksOf('beta'));
	});

	it('a word the head answers fetches nothing', () => {
		expect(files('detainers')).toEqual([]);
		expect(files('does it honor detainers')).toEqual([]);
	});

	it('the chunks of the rarest words come first, those listing more query words before others', () => {
		expect(files('common rareword').filter((f) => !f.startsWith('chunks/'))).toEqual([
			'com',
			'rar',
		]);
		expect(listing('rareword')).toHaveLength(4);
		expect(heavyFiles('common rareword')).toEqual(listing('rareword').slice(0, 2));
		expect(heavyFiles('rareword otherword')[0]).toBe(listing('otherword')[0]);
	});

	it('a word in every chunk fetches no more than the budget, and never the whole index', () => {
		expect(chunkFiles(files('common')).length).toBeGreaterThan(2);
		expect(heavyFiles('common')).toHaveLength(Math.floor(CHUNK_BUDGET_KB / 30));
	});

	it('a typo is read as its one best correction', () => {
		expect(chunkFiles(files('rarewrod'))).toEqual(chunkFiles(files('rareword')));
		expect(chunkFiles(files('Alphavile'))).toEqual(chunksOf('alpha'));
		expect(planChunks([['zzqxv']], built.head, new Map(), new Set())).toEqual({
			fetch: [],
			found: [],
		});
	});

	it('chunks already loaded and shards already fetched are not fetched again', () => {
		const [first] = chunksOf('alpha');
		expect(
			planChunks(searchedForms('Alphaville'), built.head, new Map(), new Set([first!])).fetch
		).toEqual(chunksOf('alpha').slice(1));
		expect(plan(searchedForms('common rareword'), built.head, new Set(['com']))).toEqual(['rar']);
		// Asking again fetches nothing more: the budget counts what the query already loaded.
		const again = new Set(heavyFiles('common'));
		expect(planChunks(searchedForms('common'), heavy, built.shards, again).fetch).toEqual([]);
	});
});

describe('sharded search finds what the full index finds', () => {
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
