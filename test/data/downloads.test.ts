import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
	citationColumns,
	classificationRows,
	datasetDate,
	downloadFiles,
	downloadTables,
	eventRows,
	groupAllowed,
	jurisdictionRows,
	policyRows,
	sourceRows,
	statisticRows,
	TABLE_IDS,
	toCsv,
	toJson,
} from '../../src/lib/downloads';
import type { Dataset } from '../../src/lib/dataset-types';
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

describe('row functions', () => {
	it('splits citations into aligned source ids and pinpoints', () => {
		expect(
			citationColumns([{ source: 'a', pinpoint: '§ 1' }, { source: 'b' }, { source: 'c' }])
		).toEqual({ source_ids: ['a', 'b', 'c'], pinpoints: ['§ 1', null, null] });
	});

	it('gives one policy row per period, history first, with exactly one current row', () => {
		const rows = policyRows(dataset.jurisdictions, dataset.dimensions, DAY).filter(
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
		const all = policyRows(dataset.jurisdictions, dataset.dimensions, DAY);
		const periods = dataset.jurisdictions.flatMap((j) =>
			j.data.policies.flatMap((p) => [p, ...p.history])
		);
		expect(all).toHaveLength(periods.length);
		expect(all.filter((r) => r.current)).toHaveLength(
			dataset.jurisdictions.length * dataset.dimensions.length
		);
	});

	it('says what each date means and how precise it is, and what a not-found searched', () => {
		const rows = policyRows(dataset.jurisdictions, dataset.dimensions, DAY);
		const current = rows.find((r) => r.jurisdiction === 'fixture-city' && r.current)!;
		expect(current).toMatchObject({ from_meaning: 'enacted', from_precision: 'day' });
		const notFound = rows.find((r) => r.value === 'not-found' && r.current)!;
		expect(notFound.searched).toMatch(/fixture ordinance/);
		expect(notFound.searched_on).toBe('2026-11-20');
		expect(eventRows(dataset.events)[0]).toMatchObject({
			date_meaning: 'enacted',
			date_precision: 'day',
		});
		const classification = classificationRows(dataset.jurisdictions, dataset.assessments)[0]!;
		expect(classification.listing).toEqual(['named']);
		const ordinance = sourceRows(dataset.sources).find((r) => r.id === 'fixture-ordinance-2014')!;
		const news = sourceRows(dataset.sources).find((r) => r.id === 'fixture-news-2017')!;
		expect([ordinance.primary, news.primary]).toEqual([true, false]);
		expect(ordinance.copy_of).toBeNull();
	});

	it('labels each value with its dimension’s wording, including the automatic not-found', () => {
		const notFound = policyRows(dataset.jurisdictions, dataset.dimensions, DAY).find(
			(r) => r.value === 'not-found'
		);
		expect(notFound?.label).toBe('Not found');
	});

	it('keeps empty optional fields as null and lists as arrays', () => {
		const [city] = jurisdictionRows(dataset.jurisdictions, SITE);
		expect(city).toMatchObject({
			id: 'fixture-city',
			short_name: null,
			jail_note: null,
			aliases: ['FXC'],
			jail_source_ids: ['fixture-ordinance-2014'],
			jail_pinpoints: [null],
			page_url: 'https://example.org/jurisdictions/fixture-city/',
		});
		const [stat] = statisticRows(dataset.jurisdictions);
		expect(stat).toMatchObject({ received: 100, honoured: 2, declined: null, note: null });
		const [classification] = classificationRows(dataset.jurisdictions, dataset.assessments);
		expect(classification).toMatchObject({
			jurisdiction: 'fixture-city',
			assessment: 'fixture-list',
			detail: null,
		});
		expect(eventRows(dataset.events)[0]).toMatchObject({ jurisdictions: ['fixture-city'] });
		expect(sourceRows(dataset.sources).map((s) => s.id)).toEqual([
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
		const multi = citationColumns([{ source: 'a', pinpoint: 'p. 4' }, { source: 'b' }]);
		const withTwo = {
			...dataset,
			events: dataset.events.map((e) => ({
				...e,
				data: { ...e.data, sources: [{ source: 'a', pinpoint: 'p. 4' }, { source: 'b' }] },
			})),
		};
		const events = parseCsv(
			toCsv(downloadTables(withTwo, SITE, DAY).find((t) => t.id === 'events')!)
		);
		expect(events[0]).toMatchObject({
			source_ids: multi.source_ids.join(';'),
			pinpoints: 'p. 4;',
		});
	});

	it('offers every table as CSV and JSON, with byte sizes of the served text', () => {
		const files = downloadFiles(dataset, SITE, DAY);
		expect(files.map((f) => f.href)).toEqual(
			TABLE_IDS.flatMap((id) => [`/data/${id}.csv`, `/data/${id}.json`])
		);
		for (const file of files) expect(file.bytes).toBe(new TextEncoder().encode(file.body).length);
	});
});
