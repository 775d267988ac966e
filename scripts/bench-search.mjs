// Search at scale, side by side with Pagefind: for the real index and for N synthetic jurisdictions,
// prints hits@1/hits@3, latency p50/p95 (first answer and full answer, in Chromium with the CPU
// slowed 4x as in Lighthouse's mobile profile), gzip bytes a query fetches (head or Pagefind's
// loader included), and Lighthouse's mobile performance score of /search/?q=detainer.
// Called by scripts/bench.mjs after a build; numbers are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { loadModules } from './load-modules.mjs';
import { readSearchFiles } from './search-files.mjs';
import { gzipBytes } from './site-bytes.mjs';
import { syntheticIndex } from './synthetic-index.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Lighthouse's mobile profile slows the CPU 4x. */
const CPU_SLOWDOWN = 4;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const pct = (sorted, q) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * Writes the head, word shards and chunks of a split index into a built site, replacing the real
 * ones; only the word shards the measured queries can need.
 */
function writeShards(dir, { head, shards, chunks }, chunkName, keys) {
	rmSync(join(dir, 'search-shards'), { recursive: true, force: true });
	mkdirSync(join(dir, 'search-shards', 'chunks'), { recursive: true });
	writeFileSync(join(dir, 'search-shards', 'head.json'), JSON.stringify(head));
	for (const [key, list] of shards)
		if (keys.has(key))
			writeFileSync(join(dir, 'search-shards', `${key}.json`), JSON.stringify(list));
	chunks.forEach((chunk, n) =>
		writeFileSync(join(dir, 'search-shards', `${chunkName(n)}.json`), JSON.stringify(chunk))
	);
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One HTML page per synthetic jurisdiction, holding the same text as its records, for Pagefind. */
function writeSyntheticPages(dir, records) {
	const pages = new Map();
	for (const r of records) {
		const [path, hash] = r.u.split('#');
		if (!pages.has(path)) pages.set(path, []);
		pages.get(path).push({ ...r, hash });
	}
	for (const [path, list] of pages) {
		const body = list
			.map((r) =>
				r.hash
					? `<h2 id="${escape(r.hash)}">${escape(r.n)}</h2><p>${escape(`${r.k} ${r.c ?? ''} ${r.x}`)}</p>`
					: r.y === 'jurisdiction'
						? `<h1>${escape(r.n)}</h1><p>${escape(`${r.k} ${r.x}`)}</p>`
						: `<p>${escape(`${r.n} ${r.x} ${r.c ?? ''}`)}</p>`
			)
			.join('');
		mkdirSync(join(dir, path), { recursive: true });
		writeFileSync(
			join(dir, path, 'index.html'),
			`<!doctype html><html lang="en"><head><title>${escape(list[0].n)}</title></head><body><main data-pagefind-body>${body}</main></body></html>`
		);
	}
}

/** Queries with known answers on the synthetic index: a place by name, by code, and a place's card. */
function syntheticRelevance(records, count) {
	const queries = [];
	for (let k = 0; k < 20; k++) {
		const i = (k * 173 + 11) % count;
		const place = records.find(
			(r) => r.u === `/jurisdictions/synthetic-${i}/` && r.y === 'jurisdiction'
		);
		const page = `^/jurisdictions/synthetic-${i}/`;
		queries.push({ q: place.n, first: `${page}$` });
		queries.push({ q: `SYN${i}`, first: page });
		queries.push({ q: `${place.n} jail access`, top3: `${page}#policy-Jail` });
	}
	return queries;
}

/** Every Nth query of a set is timed in a fresh page; a fresh page per query of all 100 takes too long on a shared machine. */
const SAMPLE_EVERY = 4;

/** Pagefind's ranked URLs for every query, from one page. */
async function pagefindUrls(browser, base, queries) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/robots.txt`);
	const urls = await page.evaluate(
		async (list) => {
			const pf = await import('/pagefind/pagefind.js');
			await pf.init();
			// A page result counts at its rank if the page or its best-weighted section is the answer.
			const weight = (s) => s.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
			const out = {};
			for (const q of list) {
				const search = await pf.search(q);
				const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				out[q] = data.map((d) =>
					d.sub_results.length
						? [d.url, d.sub_results.reduce((a, b) => (weight(b) > weight(a) ? b : a)).url]
						: [d.url]
				);
			}
			return out;
		},
		queries.map((c) => c.q)
	);
	await context.close();
	return (q) => urls[q] ?? [];
}

/** Runs each query in a fresh browser context: bytes fetched (gzip, from dist) and latency. */
async function measure(browser, base, dir, queries, engine) {
	const rows = [];
	for (const { q } of queries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const fetched = new Set();
		page.on('request', (r) => {
			const path = decodeURIComponent(new URL(r.url()).pathname);
			if (/^\/(search-shards|pagefind)\//.test(path)) fetched.add(path);
		});
		let result;
		if (engine === 'site') {
			await page.goto(`${base}/search/`);
			await page.waitForLoadState('networkidle');
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
			await page.locator('#search-page-q').fill(q);
			await page.locator('#search-page-q').press('Enter');
			await page.waitForFunction(
				() => performance.getEntriesByName('atlas-search').length > 0,
				null,
				{
					timeout: 120_000,
				}
			);
			result = await page.evaluate(() => ({
				first: performance.getEntriesByName('atlas-search-first')[0].duration,
				full: performance.getEntriesByName('atlas-search')[0].duration,
			}));
		} else {
			// A plain file of the same origin: no page CSP, which would refuse Pagefind's WebAssembly.
			await page.goto(`${base}/robots.txt`);
			await page.evaluate(async () => {
				window.pf = await import('/pagefind/pagefind.js');
				await window.pf.init();
			});
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
			result = await page.evaluate(async (query) => {
				const started = performance.now();
				const search = await window.pf.search(query);
				await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
				const full = performance.now() - started;
				return { first: full, full };
			}, q);
		}
		const bytes = [...fetched].reduce((sum, path) => {
			try {
				return sum + gzipBytes(readFileSync(join(dir, path)));
			} catch {
				return sum;
			}
		}, 0);
		rows.push({ q, ...result, bytes });
		await context.close();
	}
	return rows;
}

/**
 * Milliseconds from the last keystroke of a place's name, typed into the header box after focusing
 * it, to the first option naming the place (the box waits 90 ms after a keystroke by design).
 */
export async function placeTyping(browser, base, name) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/`);
	const box = page.locator('#site-search-q');
	await box.focus();
	await page.waitForLoadState('networkidle');
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await box.pressSequentially(name.slice(0, -1), { delay: 60 });
	const started = await page.evaluate(() => performance.now());
	await box.press(name.at(-1));
	const shown = await page.evaluate(
		(wanted) =>
			new Promise((resolve) => {
				const check = () => {
					const first = document.querySelector('#site-search-list [role="option"]');
					if (first?.textContent?.includes(wanted)) resolve(performance.now());
					else requestAnimationFrame(check);
				};
				check();
			}),
		name
	);
	await context.close();
	return shown - started;
}

/** Hits@1 and hits@3 of ranked URL lists against the queries' patterns. */
function hits(queries, urlsOf) {
	let at1 = 0;
	let at3 = 0;
	for (const c of queries) {
		// Each rank holds a URL, or several that all stand for one result (a page and its section).
		const pattern = new RegExp(c.first ?? c.top3);
		const found = urlsOf(c.q).map((u) =>
			[u].flat().some((x) => pattern.test(decodeURIComponent(x)))
		);
		if (found[0]) at1++;
		if (found.slice(0, 3).some(Boolean)) at3++;
	}
	const n = queries.length;
	return `${((100 * at1) / n).toFixed(1)} % / ${((100 * at3) / n).toFixed(1)} %`;
}

/** Lighthouse's mobile performance score for one URL, in Debian's Chromium. */
async function lighthouseScore(url) {
	try {
		const [{ default: lighthouse }, { launch }] = await Promise.all([
			import('lighthouse'),
			import('chrome-launcher'),
		]);
		const chrome = await launch({
			chromePath: CHROMIUM_PATH,
			chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
		});
		try {
			const run = await lighthouse(url, {
				port: chrome.port,
				onlyCategories: ['performance'],
				logLevel: 'error',
				output: 'json',
			});
			const { categories, audits } = run.lhr;
			// Every weighted metric, so a low score says which one pulled it down.
			const metrics = [
				['FCP', 'first-contentful-paint'],
				['LCP', 'largest-contentful-paint'],
				['TBT', 'total-blocking-time'],
				['CLS', 'cumulative-layout-shift'],
				['SI', 'speed-index'],
			].map(([name, id]) => `${name} ${audits[id].displayValue}`);
			return `${Math.round(categories.performance.score * 100)} (${metrics.join(', ')})`;
		} finally {
			chrome.kill();
		}
	} catch (error) {
		return `not measured (${error.message.split('\n')[0]})`;
	}
}

function printRows(label, rows, hitText) {
	const first = rows.map((r) => r.first).sort((a, b) => a - b);
	const full = rows.map((r) => r.full).sort((a, b) => a - b);
	const bytes = rows.map((r) => r.bytes).sort((a, b) => a - b);
	console.log(
		`  ${label.padEnd(12)} hits@1/@3 ${hitText.padEnd(18)} first p50 ${ms(pct(first, 0.5))} p95 ${ms(pct(first, 0.95))}  full p50 ${ms(pct(full, 0.5))} p95 ${ms(pct(full, 0.95))}  bytes/query p50 ${kb(pct(bytes, 0.5))} max ${kb(bytes.at(-1))}`
	);
}

/** One scale: the site's search and Pagefind over the same built site. */
async function compare(browser, dir, label, queries, siteUrls, place) {
	const pagefind = spawnSync(join('node_modules', '.bin', 'pagefind'), ['--site', dir], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const server = await preview({
		root: process.cwd(),
		outDir: dir,
		logLevel: 'error',
		server: { port: 0, host: '127.0.0.1' },
	});
	const base = `http://127.0.0.1:${server.port}`;
	try {
		console.log(
			`\n${label}: hits over ${queries.length} queries; latency and bytes over every ${SAMPLE_EVERY}th, each in a fresh page with the CPU ${CPU_SLOWDOWN}x slower:`
		);
		const typed = [];
		for (let rep = 0; rep < 3; rep++) typed.push(await placeTyping(browser, base, place));
		console.log(
			`  typing “${place}” in the header box: first option names it ${typed.map(ms).join(', ')} after the last keystroke`
		);
		const sample = queries.filter((_, i) => i % SAMPLE_EVERY === 0);
		const site = await measure(browser, base, dir, sample, 'site');
		printRows('site', site, hits(queries, siteUrls));
		if (pagefind.status === 0) {
			const pf = await measure(browser, base, dir, sample, 'pagefind');
			printRows('pagefind', pf, hits(queries, await pagefindUrls(browser, base, queries)));
		} else console.log('  pagefind: index not built (see its error above)');
		console.log(
			`  Lighthouse mobile, /search/?q=detainer: ${await lighthouseScore(`${base}/search/?q=detainer`)}`
		);
	} finally {
		await server.stop();
	}
}

/** Prints the comparison on the real index and on `count` synthetic jurisdictions. */
export async function benchSearch(browser, dist = 'dist', count = 3500) {
	const [
		{ createSearcher, searchedForms },
		{ addShard, chunkName, filesFor, inIndexOrder, shardIndex, shardKey, wholeIndex },
	] = await loadModules(['/src/lib/search/engine.ts', '/src/lib/search/shards.ts']);
	/** Sharded as the build does, with each chunk's gzip size in the head. */
	const split = (records) => shardIndex(records, (json) => gzipBytes(Buffer.from(json)));
	/** Ranked URLs as the browser's worker finds them: the head plus the chunks the query selects. */
	const shardedUrls = ({ head, shards, chunks }) => {
		return (q) => {
			const loaded = new Map();
			addShard(loaded, head.records);
			for (const name of filesFor(searchedForms(q), head, (key) => shards.get(key) ?? {}))
				if (name.startsWith('chunks/')) addShard(loaded, chunks[Number(name.slice(7))]);
			return createSearcher(inIndexOrder(loaded))
				.search(q, 5)
				.map((h) => h.record.u);
		};
	};
	const work = mkdtempSync(join(tmpdir(), 'atlas-bench-search-'));
	try {
		const real = join(work, 'real');
		cpSync(dist, real, { recursive: true });
		const { queries } = JSON.parse(readFileSync('test/search/relevance-set.json', 'utf8'));
		const { head, chunks } = readSearchFiles(dist);
		const records = wholeIndex(head, chunks);
		await compare(
			browser,
			real,
			'Real index',
			queries,
			shardedUrls(split(records)),
			'Philadelphia'
		);

		const synthetic = join(work, 'synthetic');
		cpSync(dist, synthetic, { recursive: true });
		const fake = syntheticIndex(count);
		const fakeQueries = syntheticRelevance(fake, count);
		for (const q of [
			'detainr',
			'judicial warrant',
			'sheriff',
			'ordinance release',
			'felony conviction',
		])
			fakeQueries.push({ q, top3: '^/jurisdictions/synthetic-' });
		const keys = new Set(
			[...fakeQueries.map((c) => c.q), 'detainer'].flatMap((q) =>
				[...q]
					.map((_, end) => q.slice(0, end + 1))
					.flatMap((typed) => searchedForms(typed).flat().map(shardKey))
			)
		);
		const fakeShards = split(fake);
		writeShards(synthetic, fakeShards, chunkName, keys);
		writeSyntheticPages(synthetic, fake);
		await compare(
			browser,
			synthetic,
			`${count.toLocaleString('en')} synthetic jurisdictions`,
			fakeQueries,
			shardedUrls(fakeShards),
			fakeQueries[0].q
		);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		await benchSearch(browser, process.argv[2] ?? 'dist', Number(process.argv[3] ?? 3500));
	} finally {
		await browser.close();
	}
}
