import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { valueAsOf } from '../../src/lib/as-of';
import { sourceStanding } from '../../src/lib/source-standing';
import { valueOnDay } from '../../src/lib/value-on-day';
import type { Citation } from '../../src/schemas/citation';
import { DIST, page, requireDist } from '../support/dist';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('content');
const TABLES = ['jurisdictions', 'policies', 'statistics', 'classifications', 'events', 'sources'];

type JsonCell = string | number | boolean | null | (string | null)[];
type JsonRow = Record<string, JsonCell>;
interface JsonFile {
	table: string;
	dataset_date: string;
	license: { name: string; url: string };
	columns: { name: string; type: string }[];
	row_count: number;
	rows: JsonRow[];
}

const readJson = (table: string) =>
	JSON.parse(readFileSync(join(DIST, 'data', `${table}.json`), 'utf8')) as JsonFile;
const readCsv = (table: string) =>
	parse(readFileSync(join(DIST, 'data', `${table}.csv`)), {
		bom: true,
		columns: true,
	}) as Record<string, string>[];

/** How a JSON cell must read in CSV: written here independently of src/lib/downloads.ts. */
const asCsvText = (cell: JsonCell): string => {
	if (cell === null) return '';
	if (Array.isArray(cell)) return cell.map((item) => item ?? '').join(';');
	return String(cell);
};

const cites = (citations: Citation[]) => ({
	source_ids: citations.map((c) => c.source),
	pinpoints: citations.map((c) => c.pinpoint ?? null),
});

/** Sorts rows by their JSON text, so collections and files compare regardless of order. */
const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

/** Every row each table should hold, derived here straight from the content files. */
function expectedRows(): Record<string, object[]> {
	const dimensions = new Map(dataset.dimensions.map((d) => [d.id, d.data]));
	const assessments = new Map(dataset.assessments.map((a) => [a.id, a.data]));
	const label = (dimension: string, value: string) =>
		dimensions.get(dimension)!.values.find((v) => v.id === value)!.label;
	return {
		jurisdictions: dataset.jurisdictions.map(({ id, data: j }) => ({
			id,
			name: j.name,
			short_name: j.shortName ?? null,
			kind: j.kind,
			state: j.state,
			aliases: j.aliases,
			parents: j.parents,
			jail_operator: j.jail?.operator ?? null,
			jail_jurisdiction: j.jail?.jurisdiction ?? null,
			jail_note: j.jail?.note ?? null,
			jail_source_ids: j.jail?.sources.map((c) => c.source) ?? [],
			jail_pinpoints: j.jail?.sources.map((c) => c.pinpoint ?? null) ?? [],
			lat: j.location.lat,
			lon: j.location.lon,
			summary: j.summary,
			last_reviewed: j.lastReviewed,
			checked_through: j.checkedThrough?.date ?? null,
			checked_how: j.checkedThrough?.how ?? null,
			page_url: new URL(`/jurisdictions/${id}/`, config.site).href,
		})),
		policies: dataset.jurisdictions.flatMap(({ id, data: j }) =>
			j.policies.flatMap((p) => [
				...p.history.map((h) => ({
					jurisdiction: id,
					dimension: p.dimension,
					value: h.value,
					label: label(p.dimension, h.value),
					detail: h.detail,
					effective_from: h.from ?? null,
					from_meaning: h.fromMeaning ?? null,
					from_precision: h.from ? h.fromPrecision : null,
					effective_to: h.to,
					to_meaning: h.toMeaning ?? null,
					to_precision: h.toPrecision,
					status: h.status,
					current: false,
					searched: null,
					searched_on: null,
					...cites(h.sources),
					verified: h.verified,
				})),
				{
					jurisdiction: id,
					dimension: p.dimension,
					value: p.value,
					label: label(p.dimension, p.value),
					detail: p.detail,
					effective_from: p.since ?? null,
					from_meaning: p.sinceMeaning ?? null,
					from_precision: p.since ? p.sincePrecision : null,
					effective_to: null,
					to_meaning: null,
					to_precision: null,
					status: p.status,
					current: true,
					searched: p.searched?.what ?? null,
					searched_on: p.searched?.on ?? null,
					...cites(p.sources),
					verified: p.verified,
				},
			])
		),
		statistics: dataset.jurisdictions.flatMap(({ id, data: j }) =>
			j.statistics.map((s) => ({
				jurisdiction: id,
				id: s.id,
				agency: s.agency,
				period: s.period,
				from: s.from,
				to: s.to,
				received: s.received ?? null,
				honoured: s.honoured ?? null,
				declined: s.declined ?? null,
				note: s.note ?? null,
				...cites(s.sources),
				verified: s.verified,
			}))
		),
		classifications: dataset.jurisdictions.flatMap(({ id, data: j }) =>
			j.classifications.map((c) => {
				const a = assessments.get(c.assessment)!;
				return {
					jurisdiction: id,
					assessment: c.assessment,
					assessment_title: a.title,
					assessment_body: a.body,
					assessment_body_kind: a.bodyKind,
					assessment_date: a.date,
					assessment_standing: a.standing ?? null,
					listing: c.listing,
					result: c.result,
					detail: c.detail ?? null,
					...cites(c.sources),
					verified: c.verified,
				};
			})
		),
		events: dataset.events.map(({ id, data: e }) => ({
			id,
			date: e.date,
			date_meaning: e.dateMeaning ?? null,
			// The precision an event date carries is its length: YYYY, YYYY-MM or YYYY-MM-DD.
			date_precision: ({ 4: 'year', 7: 'month' } as Record<number, string>)[e.date.length] ?? 'day',
			title: e.title,
			kind: e.kind,
			jurisdictions: e.jurisdictions,
			summary: e.summary,
			...cites(e.sources),
			verified: e.verified,
		})),
		sources: dataset.sources.map(({ id, data: s }) => ({
			id,
			title: s.title,
			publisher: s.publisher,
			kind: s.kind,
			url: s.url,
			published: s.published,
			verified: s.verified,
			archive_url: s.archiveUrl ?? null,
			primary: sourceStanding(s) === 'primary',
			copy_of: s.copyOf ?? null,
			expires: s.expires ?? null,
			note: s.note ?? null,
		})),
	};
}

beforeAll(requireDist);

describe('downloads round-trip against the content', () => {
	const expected = expectedRows();

	it.each(TABLES)('%s.json holds exactly the rows of the collections', (table) => {
		const json = readJson(table);
		expect(json.table).toBe(table);
		expect(json.row_count).toBe(json.rows.length);
		expect(json.rows.length).toBe(expected[table]!.length);
		expect(sorted(json.rows)).toEqual(sorted(expected[table]!));
	});

	it.each(TABLES)('%s: the CSV holds the same cells as the JSON, column for column', (table) => {
		const json = readJson(table);
		const csv = readCsv(table);
		expect(Object.keys(csv[0]!)).toEqual(json.columns.map((c) => c.name));
		expect(csv).toHaveLength(json.rows.length);
		const mismatches: string[] = [];
		json.rows.forEach((row, index) => {
			for (const { name } of json.columns) {
				if (asCsvText(row[name]!) !== csv[index]![name]) {
					mismatches.push(`${table} row ${index + 2} ${name}: ${csv[index]![name]}`);
				}
			}
		});
		expect(mismatches).toEqual([]);
	});

	it('marks as current the row the pages show on the build day, and every earlier value they show', () => {
		const rows = readJson('policies').rows;
		// The build day, as the build wrote it into the answers file.
		const { today } = JSON.parse(
			readFileSync(join(DIST, 'compare', 'answers', 'all.json'), 'utf8')
		) as {
			today: string;
		};
		for (const { id, data } of dataset.jurisdictions) {
			const html = page(`/jurisdictions/${id}/`);
			for (const dimension of dataset.dimensions) {
				const mine = rows.filter((r) => r.jurisdiction === id && r.dimension === dimension.id);
				const answer = valueOnDay(data, dimension, today);
				expect(
					mine.filter((r) => r.current).map((r) => r.value),
					`${id} ${dimension.id}`
				).toEqual(answer.kind === 'recorded' ? [answer.value.id] : []);
				const card = new RegExp(
					`<article class="card" id="policy-${dimension.id}"[\\s\\S]*?</article>`
				).exec(html)![0];
				const shown = Number(/Earlier values \((\d+)\)/.exec(card)?.[1] ?? 0);
				expect(mine.length - 1, `${id} ${dimension.id} earlier values`).toBe(shown);
			}
			expect(rows.filter((r) => r.jurisdiction === id)).toHaveLength(
				data.policies.reduce((n, p) => n + 1 + p.history.length, 0)
			);
		}
	});

	it('resolves any past day from the rows, by the rule the codebook states, as the site does', () => {
		const rows = readJson('policies').rows;
		const days = [
			'1990-01-01',
			...new Set(
				rows.flatMap((r) => [r.effective_from, r.effective_to]).filter((d) => typeof d === 'string')
			),
			'2100-01-01',
		] as string[];
		const mismatches: string[] = [];
		for (const { id, data } of dataset.jurisdictions) {
			for (const policy of data.policies) {
				const mine = rows.filter((r) => r.jurisdiction === id && r.dimension === policy.dimension);
				for (const day of days) {
					// The codebook's rule for an empty start: after the previous row; on the first row, since
					// before our records for an earlier value, from its verified day for a current one.
					const fromRows = mine.find((r, i) => {
						const from = r.effective_from as string | null;
						const to = r.effective_to as string | null;
						const previous = mine[i - 1];
						const starts = from
							? from <= day
							: previous
								? (previous.effective_to as string) < day
								: r.effective_to !== null || (r.verified as string) <= day;
						return r.status !== 'proposed' && starts && (to === null || day <= to);
					});
					const expected = valueAsOf(policy, day);
					if (
						fromRows?.value !== expected?.value ||
						(fromRows?.effective_from ?? null) !== (expected?.from ?? null)
					) {
						mismatches.push(`${id} ${policy.dimension} ${day}`);
					}
				}
			}
		}
		expect(mismatches).toEqual([]);
	});

	it('writes the dataset date and the licence into every JSON file', () => {
		const latest = [
			...dataset.jurisdictions.flatMap(({ data }) => [
				data.lastReviewed,
				...data.policies.flatMap((p) => [p.verified, ...p.history.map((h) => h.verified)]),
				...data.statistics.map((s) => s.verified),
				...data.classifications.map((c) => c.verified),
			]),
			...dataset.events.map((e) => e.data.verified),
			...dataset.sources.map((s) => s.data.verified),
		]
			.sort()
			.at(-1);
		for (const table of TABLES) {
			const json = readJson(table);
			expect(json.dataset_date).toBe(latest);
			expect(json.license).toMatchObject({
				name: 'CC BY 4.0',
				url: 'https://creativecommons.org/licenses/by/4.0/',
			});
		}
	});

	it('never has a list item containing the CSV list separator, so lists split back exactly', () => {
		const clashes: string[] = [];
		for (const table of TABLES) {
			for (const row of readJson(table).rows) {
				for (const [name, cell] of Object.entries(row)) {
					if (Array.isArray(cell) && cell.some((item) => item?.includes(';'))) {
						clashes.push(`${table}.${name}: ${cell.join(' | ')}`);
					}
				}
			}
		}
		expect(clashes).toEqual([]);
	});
});
