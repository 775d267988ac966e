// Benchmark: builds the site and prints build time, bytes per page type, JS shipped, the largest
// page, the search index and search JS sizes, and search latency in a real browser (Chromium) on
// the real index; then scripts/bench-search.mjs: 3,500 synthetic jurisdictions and Pagefind. Compares against budgets.json.
// Usage: npm run bench   (numbers are printed, not asserted; size budgets are also a test)
//        npm run bench -- --jurisdictions 3500   (scale run: synthetic content, see scale-bench.mjs)
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { benchSearch } from './bench-search.mjs';
import { benchRelevance } from './bench-relevance.mjs';
import { readSearchFiles } from './search-files.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import {
	eagerAssetBytes,
	filesUnder,
	gzipBytes,
	searchJsGzip,
	SCRIPTS,
	STYLESHEETS,
} from './site-bytes.mjs';

const { values: args } = parseArgs({ options: { jurisdictions: { type: 'string' } } });
if (args.jurisdictions) {
	const { scaleBench } = await import('./scale-bench.mjs');
	await scaleBench(Number(args.jurisdictions));
	process.exit(0);
}

const DIST = 'dist';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
const QUERIES = [
	'chicgo',
	'Philidelphia',
	'New Orelans',
	'detainr',
	'NYC',
	'OPSO',
	'ICE hold',
	'8 USC 1373',
	'287(g)',
	'Local Law 228',
	'41.6.1',
	'de Blasio',
	'Byrne JAG',
	'judicial warrant',
	'rikers island',
];
const REPS = 7;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = gzipBytes;
const row = (...cells) =>
	console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 26 : 14)).join(''));
const verdict = (value, budget) =>
	budget === undefined ? '' : value <= budget ? `ok (≤ ${kb(budget)})` : `OVER (> ${kb(budget)})`;

// 1. Build time.
const started = performance.now();
// Through the launcher `npm run build` uses, so the numbers are those of the real build.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

// 2. Bytes per page type.
const pages = filesUnder(DIST).filter((f) => f.endsWith('.html'));
const typeOf = (file) => {
	const path = relative(DIST, file);
	if (path === 'index.html') return 'home';
	const first = path.split('/')[0];
	if (path.split('/').length > 2) return `${first}/<page>`;
	return first.replace('.html', '');
};
const assetBytes = (html, pattern) => eagerAssetBytes(DIST, html, pattern);
const byType = new Map();
let largest = { file: '', raw: 0 };
for (const file of pages) {
	const html = readFileSync(file);
	const text = html.toString();
	const css = assetBytes(text, STYLESHEETS);
	const js = assetBytes(text, SCRIPTS);
	const entry = byType.get(typeOf(file)) ?? {
		count: 0,
		html: 0,
		htmlGz: 0,
		css: css.zipped,
		js: 0,
		jsGz: 0,
	};
	entry.count++;
	entry.html = Math.max(entry.html, html.length);
	entry.htmlGz = Math.max(entry.htmlGz, gz(html));
	entry.js = Math.max(entry.js, js.raw);
	entry.jsGz = Math.max(entry.jsGz, js.zipped);
	byType.set(typeOf(file), entry);
	if (html.length > largest.raw)
		largest = { file: relative(DIST, file), raw: html.length, gz: gz(html) };
}

console.log(`\nBuild: ${buildSeconds.toFixed(1)} s for ${pages.length} pages\n`);
row('page type (largest of)', 'pages', 'HTML', 'HTML gzip', 'CSS gzip', 'JS eager', 'JS gzip');
for (const [type, e] of [...byType].sort())
	row(type, e.count, kb(e.html), kb(e.htmlGz), kb(e.css), kb(e.js), kb(e.jsGz));
const contentJs = Math.max(...[...byType].filter(([t]) => t !== 'search').map(([, e]) => e.jsGz));
console.log(
	`\nLargest page: ${largest.file} ${kb(largest.raw)} (${kb(largest.gz)} gzip) ${verdict(largest.gz, budgets.largestPageGzip)}`
);
console.log(
	`JS loaded eagerly on content pages (the search loader): ${kb(contentJs)} gzip ${verdict(contentJs, budgets.contentPageJsGzip)}`
);

// 3. Search sizes.
const { head, chunks } = readSearchFiles(DIST);
const searchFiles = filesUnder(join(DIST, 'search-shards')).map((f) => readFileSync(f));
const searchRaw = searchFiles.reduce((sum, buf) => sum + buf.length, 0);
const searchGz = searchFiles.reduce((sum, buf) => sum + gz(buf), 0);
const records = new Set([...head.records, ...chunks.flat()].map(([id]) => id)).size;
const searchJs = searchJsGzip(DIST);
console.log(
	`Search files: ${searchFiles.length} (the head, ${chunks.length} chunks and the word shards; ${records} records in all), ${kb(searchRaw)} raw, ${kb(searchGz)} gzip in all; a query fetches the head and the few files it needs (per-query bytes are budgeted)`
);
console.log(
	`Search JS (loader + fuse + engine + combobox): ${kb(searchJs)} gzip ${verdict(searchJs, budgets.searchJsGzip)}`
);

// 4. Search latency in Chromium, measured by the shipped code's own performance marks.
const server = await preview({
	root: process.cwd(),
	logLevel: 'error',
	server: { port: 0, host: '127.0.0.1' },
});
const base = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function latency(label, queries) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/search/`);
	const loadStart = Date.now();
	const input = page.locator('#search-page-q');
	const all = [];
	const perQuery = [];
	for (const query of queries) {
		const times = [];
		for (let rep = 0; rep < REPS; rep++) {
			await page.evaluate(() => performance.clearMeasures('atlas-search'));
			await input.fill(query);
			await input.press('Enter');
			await page.waitForFunction(
				() => performance.getEntriesByName('atlas-search').length > 0,
				null,
				{ timeout: 60_000 }
			);
			const [duration] = await page.evaluate(() =>
				performance.getEntriesByName('atlas-search').map((e) => e.duration)
			);
			if (query === queries[0] && rep === 0)
				console.log(
					`  ${label}: first search, including index fetch and setup: ${Date.now() - loadStart} ms`
				);
			times.push(duration);
		}
		// The first run of a query warms caches (lazy fuzzy buckets); report the rest.
		const warm = times.slice(1).sort((a, b) => a - b);
		perQuery.push([query, warm[Math.floor(warm.length / 2)], warm.at(-1)]);
		all.push(...warm);
	}
	all.sort((a, b) => a - b);
	const p = (q) => all[Math.min(all.length - 1, Math.floor(q * all.length))];
	for (const [q, median, max] of perQuery)
		row(`    ${q}`, `p50 ${median.toFixed(2)} ms`, `max ${max.toFixed(2)} ms`);
	await context.close();
	return { p50: p(0.5), p95: p(0.95) };
}

console.log('\nSearch latency in Chromium (per query, warm):');
const real = await latency('real index', QUERIES);
console.log(
	`  real index: p50 ${real.p50.toFixed(2)} ms, p95 ${real.p95.toFixed(2)} ms (aim ≤ ${budgets.searchP95Ms} ms)`
);
// Scale (3,500 synthetic jurisdictions), bytes per query and the comparison with Pagefind.
await benchSearch(browser, DIST, 3500);

await browser.close();
await server.stop();
await benchRelevance(DIST);
if (!existsSync(DIST)) process.exit(1);
