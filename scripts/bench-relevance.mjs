// Prints search quality on the relevance set (test/search/relevance-set.json) over a built index:
// hits@1 and hits@3 overall and by kind of query, the queries that miss, the engine's own latency
// in Node (p50/p95) and the gzip bytes each query fetches from the sharded index. Called by scripts/bench.mjs after a build;
// runs alone too: `node scripts/bench-relevance.mjs [dist]`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { loadModules } from './load-modules.mjs';
import { readSearchFiles } from './search-files.mjs';

/** Loads the shipped engine (engine and shards) through the shared Vite loader. */
async function loadEngine() {
	const [engine, shards] = await loadModules([
		'/src/lib/search/engine.ts',
		'/src/lib/search/shards.ts',
	]);
	return { ...engine, ...shards };
}

/** Scores one index against the relevance set and prints the result. */
export async function benchRelevance(dist = 'dist') {
	const { createSearcher, searchedForms, filesFor, wholeIndex } = await loadEngine();
	const { head, chunks } = readSearchFiles(dist);
	const records = wholeIndex(head, chunks);
	const searcher = createSearcher(records);
	const { queries } = JSON.parse(readFileSync('test/search/relevance-set.json', 'utf8'));
	const byKind = new Map();
	const misses = [];
	const times = [];
	let hit1 = 0;
	let hit3 = 0;
	for (const { q, first, top3, kind } of queries) {
		const pattern = new RegExp(first ?? top3);
		searcher.search(q, 5); // warm the lazy fuzzy buckets, as a reader's first keystrokes do
		const started = performance.now();
		const urls = searcher.search(q, 5).map((h) => h.record.u);
		times.push(performance.now() - started);
		if (process.env.BENCH_VERBOSE)
			console.log(`${(performance.now() - started).toFixed(1)} ms  ${q}`);
		const at1 = pattern.test(urls[0] ?? '');
		const at3 = urls.slice(0, 3).some((u) => pattern.test(u));
		hit1 += at1 ? 1 : 0;
		hit3 += at3 ? 1 : 0;
		const k = byKind.get(kind) ?? { n: 0, at1: 0, at3: 0 };
		byKind.set(kind, { n: k.n + 1, at1: k.at1 + (at1 ? 1 : 0), at3: k.at3 + (at3 ? 1 : 0) });
		if (!(first ? at1 : at3)) misses.push(`${q} → ${urls.slice(0, 3).join(', ') || 'nothing'}`);
	}
	times.sort((a, b) => a - b);
	const pct = (n) => `${((100 * n) / queries.length).toFixed(1)} %`;
	const p = (x) => times[Math.min(times.length - 1, Math.floor(x * times.length))].toFixed(2);
	console.log(`\nSearch relevance (${queries.length} queries in test/search/relevance-set.json):`);
	console.log(
		`  hits@1 ${hit1}/${queries.length} (${pct(hit1)}), hits@3 ${hit3}/${queries.length} (${pct(hit3)})`
	);
	for (const [kind, k] of [...byKind].sort())
		console.log(`    ${kind.padEnd(16)} ${k.n} queries: hits@1 ${k.at1}, hits@3 ${k.at3}`);
	console.log(`  engine latency in Node: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);
	// What a reader's browser fetches for one query: the head shard, the shards of its words and the
	// chunks they select.
	const file = (name) => readFileSync(join(dist, 'search-shards', `${name}.json`));
	const fileBytes = (name) => gzipSync(file(name)).length;
	const bytes = queries
		.map(({ q }) =>
			filesFor(searchedForms(q), head, (key) =>
				JSON.parse(file(encodeURIComponent(key)).toString())
			).reduce(
				(sum, name) => sum + fileBytes(encodeURIComponent(name).replace('%2F', '/')),
				fileBytes('head')
			)
		)
		.sort((a, b) => a - b);
	const at = (x) =>
		(bytes[Math.min(bytes.length - 1, Math.floor(x * bytes.length))] / 1024).toFixed(1);
	console.log(
		`  bytes a query fetches (head, its shards and their chunks, gzip): p50 ${at(0.5)} KB, p95 ${at(0.95)} KB, max ${at(1)} KB; the whole index in one file would be ${(gzipSync(JSON.stringify(records)).length / 1024).toFixed(1)} KB`
	);
	if (misses.length) console.log(`  misses:\n    ${misses.join('\n    ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRelevance(process.argv[2]);
