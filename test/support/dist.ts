import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readSearchFiles } from '../../scripts/search-files.mjs';
import type { SearchRecord } from '../../src/lib/search/record-types';
import { wholeIndex, type NumberedRecord, type SearchHead } from '../../src/lib/search/shards';

/** The built site; `npm test` builds it before vitest runs. `ATLAS_DIST` points tests at another build. */
export const DIST = process.env.ATLAS_DIST ?? 'dist';

/** Fails with a clear message when the site has not been built. */
export function requireDist(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error(`${DIST}/ is missing: run \`npm run build\` first (npm test does this).`);
	}
}

/** Every HTML file in dist/, as paths relative to dist/. */
export function htmlFiles(dir = DIST): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [relative(DIST, path)] : [];
	});
}

/** The HTML of a built page, by URL path such as `/compare/`. */
export function page(urlPath: string): string {
	const file = urlPath.endsWith('/') ? join(DIST, urlPath, 'index.html') : join(DIST, urlPath);
	return readFileSync(file, 'utf8');
}

/** The values of every `id="…"` attribute in an HTML string. */
export function idsIn(html: string): string[] {
	return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/** The built search index, put back together from the head and chunks the site ships. */
export function searchIndex(dist = DIST): SearchRecord[] {
	const { head, chunks } = readSearchFiles(dist) as {
		head: SearchHead;
		chunks: NumberedRecord[][];
	};
	return wholeIndex(head, chunks);
}
