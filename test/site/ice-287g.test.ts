import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ice287gList } from '../../src/schemas/ice-287g';
import { DIST, page, requireDist, searchIndex } from '../support/dist';

const lists: Ice287gList[] = readdirSync('content/ice-287g/lists').map((name) =>
	JSON.parse(readFileSync(join('content/ice-287g/lists', name), 'utf8'))
);
const participating = lists.filter((l) => l.kind === 'participating');
const newest = participating
	.map((l) => l.date)
	.sort()
	.at(-1)!;

beforeAll(requireDist);

describe('built 287(g) pages', () => {
	it('pre-renders one map page per participating list, each saying which list it shows', () => {
		for (const list of participating) {
			const html = page(`/ice-287g/lists/${list.id}/`);
			expect(html, list.id).toContain('as listed by ICE on');
			expect(html, list.id).toContain('not a finding of this site');
			const counties = new Set(
				list.rows.filter((r) => r.placement === 'county').map((r) => r.countyFips)
			);
			// One shaded county per county with a placed agreement, no more, no less.
			const shaded =
				html.match(/<use href="\/ice-287g\/counties\.svg#c\d{5}" class="ice-county"/g) ?? [];
			expect(shaded.length, list.id).toBe(counties.size);
		}
	});

	it('ships the county shapes once, with every county FIPS code', () => {
		const svg = readFileSync(join(DIST, 'ice-287g/counties.svg'), 'utf8');
		expect(svg.match(/<path id="c\d{5}"/g)?.length).toBeGreaterThan(3100);
	});

	it("downloads reconcile with ICE's rows on every list", () => {
		for (const list of participating) {
			const csv = parse(readFileSync(join(DIST, `data/287g/agreements-${list.id}.csv`)), {
				columns: true,
			});
			expect(csv.length, list.id).toBe(list.rows.length);
			const json = JSON.parse(
				readFileSync(join(DIST, `data/287g/agreements-${list.id}.json`), 'utf8')
			);
			expect(json.rows.length, list.id).toBe(list.rows.length);
		}
		for (const table of ['agencies', 'counties']) {
			expect(existsSync(join(DIST, `data/287g/${table}.csv`)), table).toBe(true);
		}
	});

	it('gives every state on a list a page with its counties as sections', () => {
		const texas = page('/ice-287g/states/tx/');
		expect(texas).toContain('id="county-48201"'); // Harris County
		expect(texas).toContain(`as listed by ICE on`);
		const codes = new Set(lists.flatMap((l) => l.rows.map((r) => r.state)));
		for (const code of codes) {
			expect(existsSync(join(DIST, `ice-287g/states/${code.toLowerCase()}/index.html`)), code).toBe(
				true
			);
		}
	});

	it("shows ICE's listing beside the coded value on jurisdiction pages, dated and attributed", () => {
		const clark = page('/jurisdictions/clark-county/');
		expect(clark).toContain('id="ice-287g-listing"');
		expect(clark).toContain('Las Vegas Metropolitan Police Department');
		expect(clark).toMatch(/as listed by ICE on May 18, 2026/);
		expect(newest).toBe('2026-05-18');
	});

	it('puts counties and agencies in the search index', () => {
		const records = searchIndex();
		const ice = records.filter((r) => r.y === 'ice287g');
		expect(ice.some((r) => r.n === 'Harris, TX')).toBe(true);
		expect(ice.some((r) => r.n === 'Las Vegas Metropolitan Police Department')).toBe(true);
	});
});
