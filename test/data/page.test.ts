import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_TYPES } from '../../src/lib/downloads';
import type { ColumnSpec } from '../../src/lib/download-tables/table';
import { DIST, idsIn, page, requireDist } from '../support/dist';

beforeAll(requireDist);

/** The files actually written to dist/data/, apart from the page itself. */
const files = () => readdirSync(join(DIST, 'data')).filter((name) => /\.(csv|json)$/.test(name));

/** Rows in a built file, counted by parsing it. */
function rowCount(name: string): number {
	const text = readFileSync(join(DIST, 'data', name), 'utf8');
	if (name.endsWith('.json')) return (JSON.parse(text) as { rows: unknown[] }).rows.length;
	return (parse(text, { bom: true, columns: true }) as unknown[]).length;
}

describe('the /data/ page', () => {
	const html = () => page('/data/');

	it('offers twelve files: six tables as CSV and JSON', () => {
		expect(files().sort()).toEqual(
			['classifications', 'events', 'jurisdictions', 'policies', 'sources', 'statistics']
				.flatMap((t) => [`${t}.csv`, `${t}.json`])
				.sort()
		);
	});

	it('lists every file with its link, format, exact size, row count, dataset date and licence', () => {
		const listed = [...html().matchAll(/<tr id="file-([a-z]+)-(csv|json)">([\s\S]*?)<\/tr>/g)];
		expect(listed.map(([, t, f]) => `${t}.${f}`).sort()).toEqual(files().sort());
		for (const [, table, format, row] of listed) {
			const name = `${table}.${format}`;
			const { dataset_date } = JSON.parse(
				readFileSync(join(DIST, 'data', `${table}.json`), 'utf8')
			) as { dataset_date: string };
			expect(row).toContain(`href="/data/${name}"`);
			expect(row).toContain(`<td>${format!.toUpperCase()}</td>`);
			expect(row, `${name} rows`).toContain(`data-rows="${rowCount(name)}"`);
			expect(row, `${name} bytes`).toContain(
				`data-bytes="${statSync(join(DIST, 'data', name)).size}"`
			);
			expect(row).toContain(`datetime="${dataset_date}"`);
			expect(row).toMatch(
				/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/" rel="noopener noreferrer license">\s*CC BY 4\.0\s*<\/a>/
			);
		}
	});

	it('has a codebook entry for every column of every table', () => {
		const ids = new Set(idsIn(html()));
		for (const name of files().filter((n) => n.endsWith('.json'))) {
			const { table, columns } = JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as {
				table: string;
				columns: { name: string; allowed?: { value: string }[] }[];
			};
			expect(ids).toContain(`codebook-${table}`);
			for (const column of columns) {
				expect(ids, `${table}.${column.name}`).toContain(`column-${table}-${column.name}`);
				for (const v of column.allowed ?? []) expect(html()).toContain(`<code>${v.value}</code>`);
			}
		}
	});

	it('describes each column in the codebook in file order, with its type and whether it may be empty', () => {
		for (const name of files().filter((n) => n.endsWith('.json'))) {
			const { table, columns } = JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8')) as {
				table: string;
				columns: ColumnSpec[];
			};
			const rows = [
				...html().matchAll(new RegExp(`<tr id="column-${table}-([a-z_]+)">([\\s\\S]*?)</tr>`, 'g')),
			];
			expect(rows.map(([, column]) => column)).toEqual(columns.map((c) => c.name));
			rows.forEach(([, , cells], index) => {
				const column = columns[index]!;
				expect(cells, `${table}.${column.name}`).toContain(COLUMN_TYPES[column.type].label);
				expect(cells!.includes('(may be empty)'), `${table}.${column.name}`).toBe(
					column.optional === true
				);
			});
		}
	});
});
