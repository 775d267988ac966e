import { describe, expect, it } from 'vitest';
import { distByPart } from '../../scripts/site-bytes.mjs';

type Part = { part: string; bytes: number; files: number };

describe("the scale benchmark's dist/ by part", () => {
	const paths = [
		'jurisdictions/cook-county-il/index.html',
		'jurisdictions/index.html',
		'es/jurisdictions/cook-county-il/index.html',
		'embed/jurisdictions/cook-county-il/index.html',
		'es/embed/compare/index.html',
		'og/cook-county-il.png',
		'data/policies.csv',
		'data/287g/agencies.json',
		'data/index.html',
		'compare/answers/ca-2.json',
		'es/compare/answers/ca.json',
		'search-shards/head.json',
		'search-shards/chunks/3.json',
		'search/index.html',
		'_astro/app.css',
	];
	const parts = distByPart(paths, (path: string) => path.length) as Part[];
	const of = (name: string) => parts.find((p) => p.part === name)!;

	it('puts each file in exactly one part, and every byte somewhere', () => {
		expect(parts.reduce((n, p) => n + p.files, 0)).toBe(paths.length);
		expect(parts.reduce((n, p) => n + p.bytes, 0)).toBe(paths.join('').length);
	});

	it('counts a place page by language, but not the list of places', () => {
		expect(of('Place pages, English').files).toBe(1);
		expect(of('Place pages, Spanish').files).toBe(1);
		expect(of('Embeds, both languages').files).toBe(2);
	});

	it('keeps the pages about downloads and search apart from the files', () => {
		expect(of('Downloads (CSV, JSON)').files).toBe(2);
		expect(of('Comparison answers (date control)').files).toBe(2);
		expect(of('Search files').files).toBe(2);
		expect(of('Everything else').files).toBe(4);
	});
});
