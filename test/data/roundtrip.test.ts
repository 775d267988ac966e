import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { valueAsOf } from '../../src/lib/as-of';
import { downloadTables, TABLE_IDS } from '../../src/lib/downloads';
import { valueOnDay } from '../../src/lib/value-on-day';
import { DIST, page, requireDist } from '../support/dist';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('content');

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

/** The build day, as the build wrote it into the answers file. */
const buildDayOfDist = () =>
	(
		JSON.parse(readFileSync(join(DIST, 'compare', 'answers', 'all.json'), 'utf8')) as {
			today: string;
		}
	).today;

/** How many rows each table must hold, counted here straight from the content files. */
function expectedCounts(): Record<string, number> {
	const assessments = new Set(dataset.assessments.map((a) => a.id));
	const jurisdictions = dataset.jurisdictions.map((j) => j.data);
	return {
		jurisdictions: jurisdictions.length,
		policies: jurisdictions.reduce(
			(n, j) => n + j.policies.reduce((m, p) => m + 1 + p.history.length, 0),
			0
		),
		statistics: jurisdictions.reduce((n, j) => n + j.statistics.length, 0),
		classifications: jurisdictions.reduce(
			(n, j) => n + j.classifications.filter((c) => assessments.has(c.assessment)).length,
			0
		),
		events: dataset.events.length,
		sources: dataset.sources.length,
	};
}

beforeAll(requireDist);

describe('downloads round-trip against the content', () => {
	it.each(TABLE_IDS)(
		'%s.json holds the codebook and rows the column declarations give',
		(table) => {
			const json = readJson(table);
			const built = downloadTables(dataset, String(config.site), buildDayOfDist()).find(
				(t) => t.id === table
			)!;
			expect(json.table).toBe(table);
			expect(json.columns).toEqual(built.columns);
			expect(json.rows).toEqual(built.rows);
			expect(json.row_count).toBe(json.rows.length);
			expect(json.rows.length).toBe(expectedCounts()[table]);
		}
	);

	it.each(TABLE_IDS)('%s: the CSV holds the same cells as the JSON, column for column', (table) => {
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
		const today = buildDayOfDist();
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
		for (const table of TABLE_IDS) {
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
		for (const table of TABLE_IDS) {
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
