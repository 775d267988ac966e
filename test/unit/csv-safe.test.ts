import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson, type DownloadTable } from '../../src/lib/downloads';

const HOSTILE = [
	'=HYPERLINK("http://x.example","y")',
	'+1+1',
	'-2+3',
	'@SUM(A1)',
	'\tTAB',
	'\rCR',
	'＝1+1',
];

const table: DownloadTable = {
	id: 'sources',
	title: 'Sources',
	rowMeaning: 'One row per test value',
	columns: [
		{ name: 'text', type: 'text', description: 'A cell an editor wrote' },
		{ name: 'number', type: 'number', description: 'A number' },
	],
	rows: HOSTILE.map((text, index) => ({ text, number: -index - 0.5 })),
};

describe('CSV downloads neutralise formula-leading cells', () => {
	it('prefixes every text cell a spreadsheet would run with an apostrophe', () => {
		const rows = parse(toCsv(table), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r['text'])).toEqual(HOSTILE.map((text) => `'${text}`));
	});

	it('leaves negative numbers as numbers', () => {
		const rows = parse(toCsv(table), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r['number'])).toEqual(HOSTILE.map((_, i) => String(-i - 0.5)));
	});

	it('keeps the exact text in JSON', () => {
		const json = JSON.parse(
			toJson(table, { datasetDate: '2026-11-23', site: 'https://example.org/' })
		) as { rows: { text: string }[] };
		expect(json.rows.map((r) => r.text)).toEqual(HOSTILE);
	});
});
