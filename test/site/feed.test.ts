import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { DIST, idsIn, page, requireDist } from '../support/dist';
import { loadContent } from '../support/load-content';

beforeAll(requireDist);

const feed = (file = 'changes.xml') => readFileSync(join(DIST, file), 'utf8');

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

	it('has a Spanish twin at /es/changes.xml: the same changes, Spanish pages, kinds and dates', () => {
		const items = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
		const english = items(feed());
		const spanish = items(feed('es/changes.xml'));
		expect(spanish).toHaveLength(english.length);
		const xml = feed('es/changes.xml');
		expect(xml).toContain('<language>es-us</language>');
		expect(xml).toContain('<link>https://sanctuary-atlas.example.org/es/</link>');
		expect(field(xml, 'description')).toContain('Los resúmenes de los cambios están en inglés');
		spanish.forEach((item, i) => {
			// The same change, in the same order: its English summary and its Spanish page.
			const guid = new URL(field(item, 'guid')!);
			expect(guid.pathname, guid.href).toBe(`/es${new URL(field(english[i]!, 'guid')!).pathname}`);
			expect(guid.hash).toBe(new URL(field(english[i]!, 'guid')!).hash);
			expect(existsSync(join(DIST, guid.pathname, 'index.html')), guid.href).toBe(true);
			expect(idsIn(page(guid.pathname)), guid.href).toContain(guid.hash.slice(1));
			expect(field(item, 'category')).toMatch(/^(Publicada|Corrección|Actualización|Revisión)$/);
			expect(field(item, 'description')).toMatch(/^\S+, \d{1,2} de \w+ de \d{4}: /);
			const summary = field(english[i]!, 'description')!.replace(/^[^:]+: /, '');
			expect(field(item, 'description')!.endsWith(summary)).toBe(true);
		});
		expect(page('/es/')).toMatch(
			/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/es\/changes\.xml"/
		);
	});
});
