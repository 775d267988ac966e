import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SheetError, cleanText } from './normalize.ts';

/** A link cell: ICE shows the word `link` and keeps the URL in the cell's hyperlink. */
export interface LinkCell {
	text: string | null;
	url: string | null;
}

/** One non-blank data row of a raw list, before any interpretation beyond trimming. */
export interface RawRow {
	row: number;
	state: string;
	agency: string;
	/** TYPE and COUNTY exist only in 2025+ workbooks and exports. */
	type: string | null;
	county: string | null;
	support: string;
	signed: unknown;
	moa: LinkCell;
	addendum: LinkCell;
}

/** What a raw file holds: its rows, its blank rows, and what kind of file it is. */
export interface RawList {
	file: string;
	sha256: string;
	format: 'ICE workbook' | 'archived web-table capture' | 'third-party CSV export';
	rawRows: number;
	blankRows: number;
	/** Capture time of a pre-2025 scrape (`2021-01-13 00:20:27`); null for other files. */
	captured: string | null;
	rows: RawRow[];
}

/** Column headers of ICE's workbooks, in order; later eras add columns at the end. */
export const WORKBOOK_COLUMNS = [
	'STATE',
	'LAW ENFORCEMENT AGENCY',
	'TYPE',
	'COUNTY',
	'SUPPORT TYPE',
	'SIGNED',
	'MOA',
	'ADDENDUM',
];

/** Columns of the archiver's scrapes of the pre-2025 web table. */
const CAPTURE_COLUMNS = [
	'capture_date',
	'capture_file',
	'state',
	'agency',
	'support',
	'signed',
	'link',
	'addendum',
	'date_only',
];

/** Columns every list must have to be read at all (the pending list of July 2025 has only these). */
const REQUIRED = ['STATE', 'LAW ENFORCEMENT AGENCY', 'TYPE', 'COUNTY', 'SUPPORT TYPE'];

function letter(column: number): string {
	return String.fromCharCode(64 + column);
}

/** The SHA-256 of a file's bytes, recorded with every list for provenance. */
export function sha256(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checks a header row: every named column must be a known one, in the known order (eras only add
 * or drop columns; the pending list of Feb 2026 has MOA but no SIGNED), and the required ones must
 * all be there; fails on the first cell that is not.
 */
function checkHeader(file: string, header: string[], expected: string[], required: string[]) {
	const named = header.filter((h) => h !== '');
	let last = -1;
	for (const [index, name] of named.entries()) {
		const at = expected.indexOf(name);
		if (at <= last) {
			throw new SheetError(
				file,
				1,
				letter(index + 1),
				`unexpected header "${name}" (known columns, in order: ${expected.join(', ')})`
			);
		}
		last = at;
	}
	const missing = required.find((name) => !named.includes(name));
	if (missing)
		throw new SheetError(file, 1, letter(named.length + 1), `missing header "${missing}"`);
	if (named.length !== header.length && header.slice(0, named.length).some((h) => h === '')) {
		throw new SheetError(
			file,
			1,
			letter(header.indexOf('') + 1),
			'empty header between named columns'
		);
	}
	return named;
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'object' && 'richText' in value) {
		return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
	}
	if (typeof value === 'object' && 'text' in value)
		return String((value as { text: unknown }).text);
	if (typeof value === 'object' && 'error' in value)
		return String((value as { error: unknown }).error);
	return String(value);
}

function linkCell(cell: ExcelJS.Cell | undefined): LinkCell {
	if (!cell || cell.value === null || cell.value === undefined) return { text: null, url: null };
	const text = cleanText(cellText(cell.value)) || null;
	const url = cell.hyperlink
		? cleanText(cell.hyperlink)
		: text && /^https?:\/\//.test(text)
			? text
			: null;
	return { text: url ? null : text, url };
}

/** The fields workbooks and their CSV exports share, read by column name. */
function workbookFields(text: (name: string) => string) {
	return {
		state: text('STATE'),
		agency: text('LAW ENFORCEMENT AGENCY'),
		type: text('TYPE') || null,
		county: text('COUNTY') || null,
		support: text('SUPPORT TYPE'),
	};
}

/** Reads an ICE workbook: the first sheet, header in row 1, link URLs from the cells' hyperlinks. */
export async function readWorkbook(path: string): Promise<RawList> {
	const file = basename(path);
	const bytes = readFileSync(path);
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (error) {
		throw new Error(`${file}: not a readable Excel workbook (${(error as Error).message})`);
	}
	const sheet = workbook.worksheets[0];
	if (!sheet) throw new Error(`${file}: the workbook has no sheet`);
	const header: string[] = [];
	sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
		header[column - 1] = cleanText(cellText(cell.value));
	});
	const columns = checkHeader(
		file,
		[...header].map((h) => h ?? ''),
		WORKBOOK_COLUMNS,
		REQUIRED
	);
	const at = (name: string) => columns.indexOf(name) + 1;
	const rows: RawRow[] = [];
	let blankRows = 0;
	for (let number = 2; number <= sheet.rowCount; number++) {
		const row = sheet.getRow(number);
		const texts = columns.map((_, i) => cleanText(cellText(row.getCell(i + 1).value)));
		// Cells beyond the named columns must be empty: anything there is an unexpected sheet.
		for (let column = columns.length + 1; column <= sheet.columnCount; column++) {
			if (cleanText(cellText(row.getCell(column).value)) !== '') {
				throw new SheetError(file, number, letter(column), 'a value outside the named columns');
			}
		}
		if (texts.every((t) => t === '')) {
			blankRows++;
			continue;
		}
		const text = (name: string) => (at(name) > 0 ? texts[at(name) - 1]! : '');
		for (const name of ['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE']) {
			if (text(name) === '')
				throw new SheetError(file, number, letter(at(name)), `${name} is empty`);
		}
		rows.push({
			row: number,
			...workbookFields(text),
			signed: at('SIGNED') > 0 ? row.getCell(at('SIGNED')).value : null,
			moa: at('MOA') > 0 ? linkCell(row.getCell(at('MOA'))) : { text: null, url: null },
			addendum:
				at('ADDENDUM') > 0 ? linkCell(row.getCell(at('ADDENDUM'))) : { text: null, url: null },
		});
	}
	return {
		file,
		sha256: sha256(bytes),
		format: 'ICE workbook',
		rawRows: rows.length + blankRows,
		blankRows,
		captured: null,
		rows,
	};
}

function csvLink(value: string): LinkCell {
	const text = cleanText(value);
	if (text === '') return { text: null, url: null };
	return /^https?:\/\//.test(text) ? { text: null, url: text } : { text, url: null };
}

/**
 * Reads a CSV list: the archiver's scrape of the pre-2025 web table, or a third-party CSV export of
 * a workbook (which keeps `link` but loses the URLs).
 */
export function readCsv(path: string): RawList {
	const file = basename(path);
	const bytes = readFileSync(path);
	const records = parse(bytes, { bom: true, relax_column_count: false }) as string[][];
	const header = (records[0] ?? []).map(cleanText);
	const capture = header[0] === 'capture_date';
	const columns = capture
		? checkHeader(file, header, CAPTURE_COLUMNS, CAPTURE_COLUMNS)
		: checkHeader(file, header, WORKBOOK_COLUMNS, REQUIRED);
	const at = (name: string) => columns.indexOf(name);
	const rows: RawRow[] = [];
	let blankRows = 0;
	let captured: string | null = null;
	for (const [index, record] of records.slice(1).entries()) {
		const number = index + 2;
		const texts = record.map(cleanText);
		for (let column = columns.length; column < texts.length; column++) {
			if (texts[column] !== '') {
				throw new SheetError(file, number, letter(column + 1), 'a value outside the named columns');
			}
		}
		if (texts.every((t) => t === '')) {
			blankRows++;
			continue;
		}
		const text = (name: string) => (at(name) >= 0 ? (texts[at(name)] ?? '') : '');
		const must = capture
			? ['state', 'agency', 'support']
			: ['STATE', 'LAW ENFORCEMENT AGENCY', 'SUPPORT TYPE'];
		for (const name of must) {
			if (text(name) === '')
				throw new SheetError(file, number, letter(at(name) + 1), `${name} is empty`);
		}
		if (capture) {
			const time = text('capture_date');
			if (captured !== null && time !== captured) {
				throw new SheetError(
					file,
					number,
					'A',
					`capture_date "${time}" differs from "${captured}"`
				);
			}
			captured = time;
		}
		rows.push(
			capture
				? {
						row: number,
						state: text('state'),
						agency: text('agency'),
						type: null,
						county: null,
						support: text('support'),
						signed: text('signed'),
						moa: csvLink(text('link')),
						addendum: csvLink(text('addendum')),
					}
				: {
						row: number,
						...workbookFields(text),
						signed: text('SIGNED'),
						moa: csvLink(text('MOA')),
						addendum: csvLink(text('ADDENDUM')),
					}
		);
	}
	return {
		file,
		sha256: sha256(bytes),
		format: capture ? 'archived web-table capture' : 'third-party CSV export',
		rawRows: rows.length + blankRows,
		blankRows,
		captured,
		rows,
	};
}
