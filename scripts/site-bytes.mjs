// Byte measurements of the built site, shared by the benchmark (which prints them) and the budget
// test (which asserts them).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size at level 9, as a static host would serve it. */
export const gzipBytes = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every file under a folder. */
export const filesUnder = (dir) =>
	readdirSync(dir).flatMap((n) =>
		statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]
	);

/**
 * Raw and gzip bytes of the assets a page loads eagerly: the files its tags reference, plus the
 * modules those import statically (dynamic imports load later, on interaction, and are not counted).
 */
export function eagerAssetBytes(dist, html, pattern) {
	let raw = 0;
	let zipped = 0;
	const seen = new Set();
	const visit = (url) => {
		if (seen.has(url)) return;
		seen.add(url);
		const buf = readFileSync(join(dist, url));
		raw += buf.length;
		zipped += gzipBytes(buf);
		for (const m of buf
			.toString()
			.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s]+from\s*)?["']\.\/([^"']+)["']/g)) {
			visit(`/_astro/${m[1]}`);
		}
	};
	for (const m of html.matchAll(pattern)) visit(m[1]);
	return { raw, zipped };
}

/** Regular expressions for a page's stylesheets and scripts. */
export const STYLESHEETS = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g;
export const SCRIPTS = /<script[^>]+src="([^"]+)"/g;

/** Gzip bytes of all search code: the loader, its helper, the combobox, and the worker with fuse and the engine. */
export function searchJsGzip(dist) {
	return readdirSync(join(dist, '_astro'))
		.filter((f) =>
			/^(SearchBox|preload-helper|search-client|search-combobox|search-worker)/.test(f)
		)
		.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dist, '_astro', f))), 0);
}

/**
 * The parts of the built site that grow with the number of places, in the order the benchmark
 * prints them; a file belongs to the first part whose pattern matches its path under dist/.
 */
export const DIST_PARTS = [
	{ part: 'Place pages, English', pattern: /^jurisdictions\/[^/]+\/index\.html$/ },
	{ part: 'Place pages, Spanish', pattern: /^es\/jurisdictions\/[^/]+\/index\.html$/ },
	{ part: 'Embeds, both languages', pattern: /^(es\/)?embed\// },
	{ part: 'Social images', pattern: /^og\// },
	{ part: 'Downloads (CSV, JSON)', pattern: /^data\/.+\.(csv|json)$/ },
	{ part: 'Comparison answers (date control)', pattern: /^(es\/)?compare\/answers\// },
	{ part: 'Search files', pattern: /^search-shards\// },
];

/**
 * Bytes and files of each part of dist/ ({@link DIST_PARTS}), then of everything else.
 * @param paths Paths of the files relative to dist/, with `/` separators.
 * @param sizeOf The size in bytes of one of them.
 */
export function distByPart(paths, sizeOf) {
	const parts = [...DIST_PARTS, { part: 'Everything else', pattern: /^/ }].map((p) => ({
		...p,
		bytes: 0,
		files: 0,
	}));
	for (const path of paths) {
		const part = parts.find((p) => p.pattern.test(path));
		part.bytes += sizeOf(path);
		part.files += 1;
	}
	return parts.map(({ part, bytes, files }) => ({ part, bytes, files }));
}
