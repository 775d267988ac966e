import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_FORMULA_SAFETY } from '../../src/lib/csv-safe';
import { describe, expect, it } from 'vitest';
import {
	datasetDate,
	downloadFile,
	downloadListing,
	downloadTables,
	groupAllowed,
	TABLE_IDS,
	toCsv,
	toJson,
	utf8Bytes,
	type DownloadTable,
} from '../../src/lib/downloads';
import { utf8Stream } from '../../src/lib/utf8-stream';
import type { Dataset } from '../../src/lib/dataset-types';
import type { Cell } from '../../src/lib/download-tables/column';
import { buildTable, type TableSpec } from '../../src/lib/download-tables/table';
import { editPolicies } from '../support/edit-dataset';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');
const SITE = 'https://example.org/';
const DAY = '2026-11-23';
const HOSTILE = 'Said, "hold them"\nthen: no; ok\r\nend, — § 2(b) ’quoted’';

/** The fixture dataset with one policy detail and one source note full of CSV metacharacters. */
function hostileDataset(): Dataset {
	return {
		...editPolicies(dataset, 'fixture-city', (p) =>
			p.dimension === 'detainers' ? { ...p, detail: HOSTILE } : p
		),
		sources: dataset.sources.map((s) => ({ ...s, data: { ...s.data, note: HOSTILE } })),
	};
}

const parseCsv = (text: string) =>
	parse(text, { bom: true, columns: true }) as Record<string, string>[];

/** The rows of one table built from `data` (the valid fixtures unless given). */
const rowsOf = (id: string, data: Dataset = dataset) =>
	downloadTables(data, SITE, DAY).find((t) => t.id === id)!.rows;

/** The fixtures with every event citing two documents, the second without a pinpoint. */
const twoCitations: Dataset = {
	...dataset,
	events: dataset.events.map((e) => ({
		...e,
		data: { ...e.data, sources: [{ source: 'a', pinpoint: 'p. 4' }, { source: 'b' }] },
	})),
};

describe('row functions', () => {
	it('splits citations into aligned source ids and pinpoints', () => {
		expect(rowsOf('events', twoCitations)[0]).toMatchObject({
			source_ids: ['a', 'b'],
			pinpoints: ['p. 4', null],
		});
	});

	it('gives one policy row per period, history first, with exactly one current row', () => {
		const rows = rowsOf('policies').filter(
			(r) => r.jurisdiction === 'fixture-city' && r.dimension === 'detainers'
		);
		expect(rows).toEqual([
			{
				jurisdiction: 'fixture-city',
				dimension: 'detainers',
				value: 'listed-cases',
				label: expect.any(String),
				detail: 'Held people on detainers when they had listed convictions.',
				effective_from: '2011-11-22',
				from_meaning: 'reported',
				from_precision: 'day',
				effective_to: '2014-11-13',
				to_meaning: 'ended',
				to_precision: 'day',
				status: 'in-effect',
				current: false,
				searched: null,
				searched_on: null,
				source_ids: ['fixture-news-2017'],
				pinpoints: [null],
				verified: '2026-11-23',
			},
			expect.objectContaining({
				value: 'judicial-warrant-and-criteria',
				effective_from: '2014-11-14',
				effective_to: null,
				current: true,
				source_ids: ['fixture-ordinance-2014'],
				pinpoints: ['§ 2(b)'],
			}),
		]);
		const all = rowsOf('policies');
		const periods = dataset.jurisdictions.flatMap((j) =>
			j.data.policies.flatMap((p) => [p, ...p.history])
		);
		expect(all).toHaveLength(periods.length);
		expect(all.filter((r) => r.current)).toHaveLength(
			dataset.jurisdictions.length * dataset.dimensions.length
		);
	});

	it('says what each date means and how precise it is, and what a not-found searched', () => {
		const rows = rowsOf('policies');
		const current = rows.find((r) => r.jurisdiction === 'fixture-city' && r.current)!;
		expect(current).toMatchObject({ from_meaning: 'enacted', from_precision: 'day' });
		const notFound = rows.find((r) => r.value === 'not-found' && r.current)!;
		expect(notFound.searched).toMatch(/fixture ordinance/);
		expect(notFound.searched_on).toBe('2026-11-20');
		expect(rowsOf('events')[0]).toMatchObject({
			date_meaning: 'enacted',
			date_precision: 'day',
		});
		expect(rowsOf('classifications')[0]!['listing']).toEqual(['named']);
		const ordinance = rowsOf('sources').find((r) => r.id === 'fixture-ordinance-2014')!;
		const news = rowsOf('sources').find((r) => r.id === 'fixture-news-2017')!;
		expect([ordinance.primary, news.primary]).toEqual([true, false]);
		expect(ordinance.copy_of).toBeNull();
	});

	it('labels each value with its dimension’s wording, including the automatic not-found', () => {
		const notFound = rowsOf('policies').find((r) => r.value === 'not-found');
		expect(notFound?.['label']).toBe('Not found');
	});

	it('keeps empty optional fields as null and lists as arrays', () => {
		const [city] = rowsOf('jurisdictions');
		expect(city).toMatchObject({
			id: 'fixture-city',
			short_name: null,
			jail_note: null,
			aliases: ['FXC'],
			jail_source_ids: ['fixture-ordinance-2014'],
			jail_pinpoints: [null],
			page_url: 'https://example.org/jurisdictions/fixture-city/',
		});
		const [stat] = rowsOf('statistics');
		expect(stat).toMatchObject({ received: 100, honoured: 2, declined: null, note: null });
		const [classification] = rowsOf('classifications');
		expect(classification).toMatchObject({
			jurisdiction: 'fixture-city',
			assessment: 'fixture-list',
			detail: null,
		});
		expect(rowsOf('events')[0]).toMatchObject({ jurisdictions: ['fixture-city'] });
		expect(rowsOf('sources').map((s) => s['id'])).toEqual([
			'fixture-news-2017',
			'fixture-ordinance-2014',
		]);
	});

	it('dates the dataset by the latest verified or reviewed day in it', () => {
		expect(datasetDate(dataset)).toBe('2026-11-23');
		const later = {
			...dataset,
			sources: dataset.sources.map((s, i) =>
				i === 0 ? { ...s, data: { ...s.data, verified: '2027-01-02' } } : s
			),
		};
		expect(datasetDate(later)).toBe('2027-01-02');
	});

	it('describes every column of every row and groups dimension values', () => {
		const tables = downloadTables(dataset, SITE, DAY);
		expect(tables.map((t) => t.id)).toEqual([...TABLE_IDS]);
		for (const table of tables) {
			for (const row of table.rows) {
				expect(Object.keys(row).sort(), table.id).toEqual(table.columns.map((c) => c.name).sort());
			}
		}
		const value = tables.find((t) => t.id === 'policies')!.columns.find((c) => c.name === 'value')!;
		const groups = groupAllowed(value.allowed!);
		expect(groups.map(([g]) => g)).toHaveLength(dataset.dimensions.length);
		for (const [, values] of groups) expect(values.at(-1)!.value).toBe('not-found');
	});
});

describe('serialisation', () => {
	it('keeps a field with a comma, quotes, semicolon and line breaks intact through CSV', () => {
		const tables = downloadTables(hostileDataset(), SITE, DAY);
		const policies = parseCsv(toCsv(tables.find((t) => t.id === 'policies')!));
		const row = policies.find(
			(r) =>
				r['jurisdiction'] === 'fixture-city' &&
				r['current'] === 'true' &&
				r['dimension'] === 'detainers'
		)!;
		expect(row['detail']).toBe(HOSTILE);
		expect(row['pinpoints']).toBe('§ 2(b)');
		const sources = parseCsv(toCsv(tables.find((t) => t.id === 'sources')!));
		expect(sources.map((s) => s['note'])).toEqual([HOSTILE, HOSTILE]);
	});

	it('keeps the same field intact through JSON, with null, arrays and booleans as JSON types', () => {
		const tables = downloadTables(hostileDataset(), SITE, DAY);
		const json = JSON.parse(
			toJson(
				tables.find((t) => t.id === 'policies')!,
				{ datasetDate: '2026-11-23', site: SITE }
			)
		);
		expect(json.rows.find((r: { detail: string }) => r.detail === HOSTILE)).toMatchObject({
			current: true,
			effective_to: null,
			source_ids: ['fixture-ordinance-2014'],
		});
		expect(json).toMatchObject({
			table: 'policies',
			dataset_date: '2026-11-23',
			codebook: 'https://example.org/data/#codebook-policies',
			row_count: json.rows.length,
		});
	});

	it('writes CSV with a byte-order mark, a header, true/false, empty cells and ;-separated lists', () => {
		const csv = toCsv(downloadTables(dataset, SITE, DAY).find((t) => t.id === 'policies')!);
		expect(csv.startsWith('\uFEFFjurisdiction,dimension,value,label,detail,')).toBe(true);
		const rows = parseCsv(csv);
		expect(new Set(rows.map((r) => r['current']))).toEqual(new Set(['true', 'false']));
		expect(rows.find((r) => r['current'] === 'true')!['effective_to']).toBe('');
		const stats = parseCsv(
			toCsv(downloadTables(dataset, SITE, DAY).find((t) => t.id === 'statistics')!)
		);
		expect(stats[0]).toMatchObject({ received: '100', declined: '' });
		const events = parseCsv(
			toCsv(downloadTables(twoCitations, SITE, DAY).find((t) => t.id === 'events')!)
		);
		expect(events[0]).toMatchObject({ source_ids: 'a;b', pinpoints: 'p. 4;' });
	});

	it('lists every table as CSV and JSON, with the row count and the size of the file served', () => {
		const listing = downloadListing(dataset, SITE, DAY);
		expect(listing.map((f) => f.href)).toEqual(
			TABLE_IDS.flatMap((id) => [`/data/${id}.csv`, `/data/${id}.json`])
		);
		for (const listed of listing) {
			const file = downloadFile(dataset, SITE, DAY, listed.name)!;
			const body = [...file.pieces()].join('');
			expect([file.href, file.mediaType, new TextEncoder().encode(body).length]).toEqual([
				listed.href,
				listed.mediaType,
				listed.bytes,
			]);
			expect(listed.table.rowCount).toBe(file.table.rows.length);
			expect(listed.table).not.toHaveProperty('rows');
		}
	});

	it('has no file for a name that is not a table and a format', () => {
		for (const name of [
			'policies.xml',
			'nothing.csv',
			'policies',
			'../policies.csv',
			'policies.csv.json',
		])
			expect(downloadFile(dataset, SITE, DAY, name)).toBeUndefined();
	});
});

/** A CSV field read back as the cell its column's declared type says it holds. */
function fromCsv(text: string, column: DownloadTable['columns'][number]): Cell {
	if (column.type === 'list') return text === '' ? [] : text.split(';');
	if (text === '' && column.optional) return null;
	if (column.type === 'integer' || column.type === 'number') return Number(text);
	if (column.type === 'boolean') return { true: true, false: false }[text] ?? text;
	return text;
}

/** A JSON cell as it can come back from CSV: list items lose the difference of empty and null. */
const asReadBack = (cell: Cell): Cell =>
	Array.isArray(cell) ? (cell.join(';') === '' ? [] : cell.map((item) => item ?? '')) : cell;

describe('tables built from their column declarations', () => {
	const meta = { datasetDate: DAY, site: SITE };

	it.each(TABLE_IDS)(
		'%s: every declared column is a CSV header, a JSON column and a key of every row, in order',
		(id) => {
			const table = downloadTables(hostileDataset(), SITE, DAY).find((t) => t.id === id)!;
			const names = table.columns.map((c) => c.name);
			expect(names.length).toBeGreaterThan(0);
			const [header] = parse(toCsv(table), { bom: true, to_line: 1 }) as string[][];
			expect(header).toEqual(names);
			const json = JSON.parse(toJson(table, meta)) as {
				columns: { name: string }[];
				rows: Record<string, unknown>[];
			};
			expect(json.columns.map((c) => c.name)).toEqual(names);
			expect(json.rows.length).toBeGreaterThan(0);
			for (const row of json.rows) expect(Object.keys(row)).toEqual(names);
		}
	);

	it.each(TABLE_IDS)(
		'%s: the CSV parsed by the declared column types gives back the rows',
		(id) => {
			const table = downloadTables(hostileDataset(), SITE, DAY).find((t) => t.id === id)!;
			const parsed = parseCsv(toCsv(table)).map((row) =>
				Object.fromEntries(table.columns.map((c) => [c.name, fromCsv(row[c.name]!, c)]))
			);
			const expected = table.rows.map((row) =>
				Object.fromEntries(Object.entries(row).map(([name, cell]) => [name, asReadBack(cell)]))
			);
			expect(parsed.length).toBeGreaterThan(0);
			expect(parsed).toEqual(expected);
		}
	);

	type Row = { id: string; count: unknown };
	const spec = (rows: Row[], extra: TableSpec<Row>['columns'] = []): TableSpec<Row> => ({
		id: 'test',
		title: 'Test',
		rowMeaning: 'One row per test case.',
		rows: () => rows,
		columns: [
			{ name: 'id', type: 'id', description: 'Id.', get: (r) => r.id },
			{ name: 'count', type: 'integer', description: 'A count.', get: (r) => r.count as Cell },
			...extra,
		],
	});
	const input = { dataset, site: SITE, day: DAY };

	it('refuses a cell that breaks its declaration, naming the table, row and column', () => {
		expect(() =>
			buildTable(
				spec([
					{ id: 'a', count: 1 },
					{ id: 'b', count: null },
				]),
				input
			)
		).toThrow(
			'Download table "test", row 2, column "count": null is empty, but the column may not be empty.'
		);
		expect(() => buildTable(spec([{ id: 'a', count: 1.5 }]), input)).toThrow(
			'row 1, column "count": 1.5 is not of type integer'
		);
		expect(() => buildTable(spec([{ id: 'a', count: '3' }]), input)).toThrow(
			'is not of type integer'
		);
		expect(() =>
			buildTable(
				spec([], [{ name: 'id', type: 'text', description: 'Again.', get: (r) => r.id }]),
				input
			)
		).toThrow('declares column "id" twice');
	});

	it('describes a column in the codebook exactly as declared, without its reader', () => {
		const built = buildTable(
			spec(
				[{ id: 'a', count: 2 }],
				[
					{
						name: 'kind',
						type: 'code',
						optional: true,
						description: 'Kind.',
						allowed: (d) => d.dimensions.map((x) => ({ value: x.id, meaning: x.data.title })),
						get: () => null,
					},
				]
			),
			input
		);
		expect(built.columns[2]).toEqual({
			name: 'kind',
			type: 'code',
			optional: true,
			description: 'Kind.',
			allowed: dataset.dimensions.map((x) => ({ value: x.id, meaning: x.data.title })),
		});
		expect(built.rows).toEqual([{ id: 'a', count: 2, kind: null }]);
	});
});

describe('files written in pieces', () => {
	const meta = { datasetDate: DAY, site: SITE };
	/** A table of `count` rows of text with commas, quotes, line breaks and non-ASCII letters. */
	const manyRows = (count: number): DownloadTable => ({
		id: 'many',
		title: 'Many',
		rowMeaning: 'One row per number.',
		columns: [
			{ name: 'n', type: 'integer', description: 'Number.' },
			{ name: 'text', type: 'text', description: 'Text.' },
		],
		rows: Array.from({ length: count }, (_, n) => ({ n, text: `${HOSTILE} ${n}` })),
	});

	it.each([0, 1, 499, 500, 501, 1201])(
		'%i rows: the CSV is what csv-stringify writes for all rows at once, with every row in order',
		(count) => {
			const table = manyRows(count);
			const csv = toCsv(table);
			const names = table.columns.map((c) => c.name);
			expect(csv).toBe(
				stringify(
					table.rows.map((row) => names.map((name) => row[name])),
					{ bom: true, header: true, columns: names, ...CSV_FORMULA_SAFETY }
				)
			);
			expect(csv.lastIndexOf('\uFEFF')).toBe(0);
			expect(parseCsv(csv).map((r) => [Number(r['n']), r['text']])).toEqual(
				table.rows.map((row) => [row['n'], row['text']])
			);
		}
	);

	it.each([0, 1, 1201])(
		'%i rows: the JSON is the whole document as JSON.stringify writes it with tabs',
		(count) => {
			const table = manyRows(count);
			const json = toJson(table, meta);
			const document = JSON.parse(json) as { rows: unknown[]; row_count: number };
			expect(json).toBe(`${JSON.stringify(document, null, '\t')}\n`);
			expect(document.rows).toEqual(table.rows);
		}
	);

	it.each(TABLE_IDS)('%s: the JSON of the real table is the whole document with tabs', (id) => {
		const json = toJson(
			downloadTables(hostileDataset(), SITE, DAY).find((t) => t.id === id)!,
			meta
		);
		expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, '\t')}\n`);
	});

	it('counts bytes as UTF-8 and streams the pieces as the same UTF-8 text', async () => {
		const pieces = ['a, “b”', '', ' — § 2 ’c’\n', 'ñ'];
		expect(utf8Bytes(pieces)).toBe(new TextEncoder().encode(pieces.join('')).length);
		expect(await new Response(utf8Stream(pieces)).text()).toBe(pieces.join(''));
	});
});
