import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { DIST, htmlFiles, requireDist } from '../support/dist';

beforeAll(requireDist);

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap', () => {
	it('lists every HTML page of the build except 404 and embeds (in either language), each once, on the configured site', () => {
		const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
		const listed = locs(index).flatMap((sitemap) =>
			locs(readFileSync(join(DIST, new URL(sitemap).pathname), 'utf8'))
		);
		const site = new URL(config.site!).origin;
		for (const url of listed) expect(new URL(url).origin).toBe(site);
		const expected = htmlFiles()
			.filter((file) => file !== '404.html' && !/^(es\/)?embed\//.test(file))
			.map((file) => `/${file.replace(/index\.html$/, '')}`);
		const paths = listed.map((url) => new URL(url).pathname);
		expect(paths).toHaveLength(new Set(paths).size);
		expect(paths.sort()).toEqual(expected.sort());
	});
});
