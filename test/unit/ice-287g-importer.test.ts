import { mkdtempSync, readFileSync, readdirSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findCounty } from '../../src/lib/ice-287g/counties';
import { DEFAULT_PATHS, importLists } from '../../src/lib/ice-287g/importer';
import { agencyId, parseSigned } from '../../src/lib/ice-287g/normalize';
import { WORKBOOK_COLUMNS, readWorkbook } from '../../src/lib/ice-287g/read';
import type { Ice287gList, Ice287gUnplaced } from '../../src/schemas/ice-287g';

const OUT = DEFAULT_PATHS.out;
const lists: Ice287gList[] = readdirSync(join(OUT, 'lists')).map((name) =>
	JSON.parse(readFileSync(join(OUT, 'lists', name), 'utf8'))
);
const unplaced: Ice287gUnplaced[] = JSON.parse(readFileSync(join(OUT, 'unplaced.json'), 'utf8'));
const manifest = parse(readFileSync(join(DEFAULT_PATHS.raw, 'manifest.csv')), {
	columns: true,
}) as { file: string; rows: string; blank_rows: string }[];

describe('ICE 287(g) import', () => {
	it('imports every file of the manifest, each list reconciling with its row counts', () => {
		expect(manifest).toHaveLength(37);
		for (const entry of manifest) {
			const list = lists.find(
				(l) => l.file === entry.file || l.copies.some((c) => c.file === entry.file)
			);
			expect(list, entry.file).toBeDefined();
			// Rows = the manifest's non-blank data rows; blank rows are skipped and counted.
			expect([list!.rows.length, list!.blankRows], entry.file).toEqual([
				Number(entry.rows),
				Number(entry.blank_rows),
			]);
		}
	});

	it('reports every row it could not place, with a reason, and only those', () => {
		const fromLists = lists.flatMap((l) =>
			l.rows.filter((r) => r.placement === 'unplaced').map((r) => `${l.id}:${r.row}`)
		);
		expect(unplaced.map((u) => `${u.list}:${u.row}`).sort()).toEqual(fromLists.sort());
		expect(unplaced.every((u) => u.reason.length > 10)).toBe(true);
	});

	it('never places a state agency in a county', () => {
		const state = lists.flatMap((l) => l.rows).filter((r) => r.type === 'state');
		expect(state.length).toBeGreaterThan(0);
		expect(state.every((r) => r.placement === 'state' && r.countyFips === null)).toBe(true);
	});

	it('writes the same bytes when the lists are imported again', { timeout: 300_000 }, async () => {
		const out = mkdtempSync(join(tmpdir(), 'ice287g-'));
		await importLists([join(DEFAULT_PATHS.raw, 'participatingAgencies05182026am.xlsx')], {
			...DEFAULT_PATHS,
			out,
		});
		for (const name of ['agencies.json', 'unplaced.json']) {
			expect(readFileSync(join(out, name), 'utf8'), name).toBe(
				readFileSync(join(OUT, name), 'utf8')
			);
		}
		for (const name of readdirSync(join(OUT, 'lists'))) {
			expect(readFileSync(join(out, 'lists', name), 'utf8'), name).toBe(
				readFileSync(join(OUT, 'lists', name), 'utf8')
			);
		}
	});
});

async function workbook(rows: unknown[][]): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'ice287g-bad-'));
	const book = new ExcelJS.Workbook();
	const sheet = book.addWorksheet('Sheet1');
	for (const r of rows) sheet.addRow(r);
	const path = join(dir, 'participatingAgencies01022026am.xlsx');
	await book.xlsx.writeFile(path);
	return path;
}

const HEADER = WORKBOOK_COLUMNS.slice(0, 7);

describe('malformed sheets', () => {
	it('names the file, row and column of an unexpected header', async () => {
		const path = await workbook([['STATE', 'AGENCY', 'TYPE']]);
		await expect(readWorkbook(path)).rejects.toThrow(
			/participatingAgencies01022026am\.xlsx: row 1, column B: unexpected header "AGENCY"/
		);
	});

	it('names the file, row and column of an unknown model', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ice287g-raw-'));
		const path = await workbook([
			HEADER,
			[
				'TEXAS',
				'Anderson County Sheriff Office',
				'County',
				'Anderson County',
				'Task Force Model',
				new Date('2025-01-02'),
				'link pending',
			],
			[
				'TEXAS',
				'Bee County Sheriff Office',
				'County',
				'Bee County',
				'Jail Model',
				new Date('2025-01-02'),
				'link pending',
			],
		]);
		mkdirSync(join(dir, 'raw'));
		copyFileSync(path, join(dir, 'raw', 'participatingAgencies01022026am.xlsx'));
		await expect(
			importLists([], {
				raw: join(dir, 'raw'),
				corrections: DEFAULT_PATHS.corrections,
				out: join(dir, 'out'),
			})
		).rejects.toThrow(
			/participatingAgencies01022026am\.xlsx: row 3, column SUPPORT TYPE: unknown support type "Jail Model"/
		);
	});
});

describe('normalising', () => {
	it('gives one id to ICE spellings of one agency', () => {
		expect(agencyId('NJ', 'Cape May County Sheriffs Office')).toBe(
			agencyId('NJ', 'Cape May County Sheriff’s Office ')
		);
		expect(agencyId('NJ', "Monmouth County Sheriff's Office (Addendum)")).toBe(
			agencyId('NJ', "Monmouth County Sheriff's Office")
		);
	});

	it('keeps malformed and impossible signed dates as ICE wrote them', () => {
		expect(parseSigned('05/082025', 2025)).toEqual({ signed: null, signedAsGiven: '05/082025' });
		expect(parseSigned(new Date('5025-07-07T00:00:00Z'), 2025)).toEqual({
			signed: null,
			signedAsGiven: '5025-07-07',
		});
		expect(parseSigned('2025-09-22 00:00:00', 2025)).toEqual({
			signed: '2025-09-22',
			signedAsGiven: null,
		});
	});

	it('tells a Virginia independent city from the county of the same name, and never guesses', () => {
		expect(findCounty('VA', 'Richmond City')).toEqual({ fips: '51760', name: 'Richmond' });
		expect(findCounty('VA', 'Richmond County')).toEqual({ fips: '51159', name: 'Richmond' });
		expect(findCounty('VA', 'Richmond')).toHaveProperty('problem');
		expect(findCounty('LA', 'Saint Landry Parish')).toEqual({ fips: '22097', name: 'St. Landry' });
	});
});
