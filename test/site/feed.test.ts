import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { DIST, idsIn, page, requireDist } from '../support/dist';
import { loadContent } from '../support/load-content';

beforeAll(requireDist);

const feed = () => readFileSync(join(DIST, 'changes.xml'), 'utf8');

/** The text of one child element of an <item>, with XML's five entities decoded. */
const field = (item: string, tag: string) => {
	const text = new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`).exec(item)?.[1];
	return text
		?.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');
};

describe('RSS feed of changes', () => {
	it('is well-formed RSS 2.0, linked from every page’s head', () => {
		// A light well-formedness check (Node has no XML parser): one root, no stray `&` or `<` in
		// text, and each item a closed run of the elements RSS 2.0 allows in it.
		const xml = feed();
		expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"><channel>/);
		expect(xml.trimEnd()).toMatch(/<\/channel><\/rss>$/);
		expect(xml).not.toMatch(/&(?!(?:lt|gt|amp|quot|apos|#\d+);)/);
		const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item).toMatch(
				/^(?:<(title|link|guid|description|pubDate|category)(?: [^>]*)?>[^<]*<\/\1>)+$/
			);
		}
		expect(page('/')).toMatch(
			/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/changes\.xml"/
		);
	});

	it('lists every change in content/ once, newest first, titled "<jurisdiction>: <summary>"', () => {
		const items = [...feed().matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		const { dataset } = loadContent('content');
		const expected = dataset.jurisdictions.flatMap((j) =>
			j.data.changes.map((c) => ({ title: `${j.data.name}: ${c.summary}`, date: c.date }))
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(items).toHaveLength(expected.length);
		const got = items.map((item) => ({
			title: field(item, 'title')!,
			date: new Date(field(item, 'pubDate')!).toISOString().slice(0, 10),
		}));
		const key = (c: { title: string; date: string }) => `${c.date} ${c.title}`;
		expect(got.map(key).sort()).toEqual(expected.map(key).sort());
		const dates = got.map((c) => c.date);
		expect(dates).toEqual([...dates].sort().reverse());
		const guids = items.map((item) => field(item, 'guid'));
		expect(new Set(guids).size).toBe(items.length);
	});

	it('links every item to a built page’s history, and every guid to its change', () => {
		const site = new URL(config.site!).origin;
		const items = [...feed().matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		for (const item of items) {
			for (const [tag, fragment] of [
				['link', /^page-history$/],
				['guid', /^change-\d+$/],
			] as const) {
				const url = new URL(field(item, tag)!);
				expect(url.origin).toBe(site);
				expect(url.hash.slice(1)).toMatch(fragment);
				expect(existsSync(join(DIST, url.pathname, 'index.html')), url.href).toBe(true);
				expect(idsIn(page(url.pathname)), url.href).toContain(url.hash.slice(1));
			}
		}
	});
});
