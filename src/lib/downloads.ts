import { stringify } from 'csv-stringify/sync';
import { CSV_FORMULA_SAFETY } from './csv-safe';
import { downloadFileUrl } from './urls';
import type { Dataset } from './dataset-types';
import { LIST_SEPARATOR, type AllowedValue, type Cell } from './download-tables/column';
import { classificationsTable } from './download-tables/classifications';
import { eventsTable } from './download-tables/events';
import { jurisdictionsTable } from './download-tables/jurisdictions';
import { policiesTable } from './download-tables/policies';
import { sourcesTable } from './download-tables/sources';
import { statisticsTable } from './download-tables/statistics';
import {
	buildTable,
	type DownloadTable,
	type TableInput,
	type TableSpec,
} from './download-tables/table';

export { COLUMN_TYPES, LIST_SEPARATOR } from './download-tables/column';
export type { DownloadTable } from './download-tables/table';

/** The licence of every download, shown on /data/ and written into each JSON file. */
export const DATA_LICENSE = {
	name: 'CC BY 4.0',
	title: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Who to credit when reusing the data, as the licence asks. */
export const DATA_ATTRIBUTION = 'Immigration Enforcement Policy Atlas';

/** A table spec with its row type hidden, so specs of different rows share one list. */
interface AnyTable {
	id: string;
	title: string;
	rowMeaning: string;
	columns: readonly { name: string; description: string }[];
	build: (input: TableInput) => DownloadTable;
}
/** Hides a spec's row type behind its build function. */
const table = <Row>(spec: TableSpec<Row>): AnyTable => ({
	id: spec.id,
	title: spec.title,
	rowMeaning: spec.rowMeaning,
	columns: spec.columns,
	build: (input) => buildTable(spec, input),
});

/** The tables offered for download, in the order /data/ lists them; each is one module. */
const TABLES: readonly AnyTable[] = [
	table(jurisdictionsTable),
	table(policiesTable),
	table(statisticsTable),
	table(classificationsTable),
	table(eventsTable),
	table(sourcesTable),
];

/** The names of the download tables, which are also their file names without extension. */
export const TABLE_IDS: readonly string[] = TABLES.map((t) => t.id);

/**
 * The codebook's English words as the code declares them, by the key the Spanish data page's
 * string table (content/i18n/es/pages/data.yaml) gives them: each table's title and row meaning
 * and each column's meaning. The translation check compares them with the table's English, so a
 * changed English description shows up as a stale translation.
 */
export function codebookEnglish(): Record<string, string> {
	return Object.fromEntries(
		TABLES.flatMap((t) => [
			[`table.${t.id}.title`, t.title],
			[`table.${t.id}.row`, t.rowMeaning],
			...t.columns.map((c) => [`column.${t.id}.${c.name}`, c.description]),
		])
	);
}

/**
 * Every download table with its rows and codebook, each built from its column declarations;
 * allowed values come from the collections and the schema enums, so the codebook cannot drift
 * from the data.
 * @param dataset All collections.
 * @param site The site's origin with a trailing slash.
 * @param day `YYYY-MM-DD`, the build day: the policies' `current` flag marks the value of that day.
 */
export function downloadTables(dataset: Dataset, site: string, day: string): DownloadTable[] {
	return TABLES.map((t) => t.build({ dataset, site, day }));
}

/**
 * The dataset date: the latest `verified` or `lastReviewed` day of any entry in the downloads. It is
 * taken from the content rather than the build day so that the files change only when the data does.
 * @param dataset All collections.
 */
export function datasetDate(dataset: Dataset): string {
	const days = [
		...dataset.jurisdictions.flatMap(({ data }) => [
			data.lastReviewed,
			...data.policies.flatMap((p) => [p.verified, ...p.history.map((h) => h.verified)]),
			...data.statistics.map((s) => s.verified),
			...data.classifications.map((c) => c.verified),
		]),
		...dataset.events.map((e) => e.data.verified),
		...dataset.sources.map((s) => s.data.verified),
	];
	return days.reduce((latest, day) => (day > latest ? day : latest), '');
}

/**
 * Allowed values grouped by their `group` (the dimension), in first-seen order, for the codebook.
 * @param allowed A column's allowed values.
 */
export function groupAllowed<T extends AllowedValue>(allowed: T[]): [string, T[]][] {
	const groups = new Map<string, T[]>();
	for (const value of allowed) {
		const key = value.group ?? '';
		groups.set(key, [...(groups.get(key) ?? []), value]);
	}
	return [...groups];
}

/** Writes one cell as CSV text: lists joined by {@link LIST_SEPARATOR}, empty for `null`. */
function csvCell(cell: Cell): string | number | boolean {
	if (cell === null) return '';
	if (Array.isArray(cell)) return cell.map((item) => item ?? '').join(LIST_SEPARATOR);
	return cell as string | number | boolean;
}

/** Rows serialised per piece of a CSV file: big enough to be quick, small enough to hold nothing. */
const CSV_ROWS_PER_PIECE = 500;

/**
 * A table as CSV, in pieces: UTF-8 with a byte-order mark (so spreadsheet programs detect the
 * encoding), a header row of column names, `\n` line ends, and quoting by csv-stringify wherever a
 * field holds a comma, quote or line break. csv-stringify ends every record with a line break, so
 * the pieces joined are the file; the first carries the mark and the header even with no rows.
 * @param table A download table.
 */
export function* csvPieces(table: DownloadTable): Generator<string> {
	const names = table.columns.map((c) => c.name);
	const cells = (row: DownloadTable['rows'][number]) =>
		names.map((name) => csvCell(row[name] ?? null));
	for (let start = 0; start === 0 || start < table.rows.length; start += CSV_ROWS_PER_PIECE)
		yield stringify(table.rows.slice(start, start + CSV_ROWS_PER_PIECE).map(cells), {
			bom: start === 0,
			header: start === 0,
			columns: names,
			cast: { boolean: (value) => (value ? 'true' : 'false') },
			...CSV_FORMULA_SAFETY,
		});
}

/** A table as one CSV text (see {@link csvPieces}). */
export function toCsv(table: DownloadTable): string {
	return [...csvPieces(table)].join('');
}

/** What a JSON download says about itself besides its rows. */
export interface DownloadMeta {
	/** Latest `verified`/`lastReviewed` day in the data (see {@link datasetDate}). */
	datasetDate: string;
	/** The site's origin with a trailing slash. */
	site: string;
}

/** Indentation of the JSON downloads, one tab per level. */
const JSON_INDENT = '\t';

/**
 * A table as JSON, in pieces: a metadata header (dataset date, licence, attribution, codebook) and
 * the rows as objects keyed by column name, with arrays for lists and `null` for empty cells. The
 * pieces joined are exactly `JSON.stringify(document, null, '\t')` and a line break: the header is
 * written with no rows and each row is written alone, indented to its depth (JSON strings hold no raw
 * line breaks, so indenting every line is safe). So a file of any size is never one string.
 * @param table A download table.
 * @param meta Dataset date and site origin.
 */
export function* jsonPieces(table: DownloadTable, meta: DownloadMeta): Generator<string> {
	const document = {
		table: table.id,
		title: table.title,
		row_meaning: table.rowMeaning,
		dataset_date: meta.datasetDate,
		dataset_date_meaning:
			'The latest day on which any entry in the downloads was verified against its sources or reviewed.',
		license: { name: DATA_LICENSE.name, title: DATA_LICENSE.title, url: DATA_LICENSE.url },
		attribution: `${DATA_ATTRIBUTION}, ${new URL('data/', meta.site).href}`,
		codebook: new URL(`data/#codebook-${table.id}`, meta.site).href,
		columns: table.columns,
		row_count: table.rows.length,
		rows: [],
	};
	const header = JSON.stringify(document, null, JSON_INDENT);
	if (table.rows.length === 0) {
		yield `${header}\n`;
		return;
	}
	// `rows` is the last key, so the header ends with its empty array and the closing brace.
	const emptyRows = `[]\n}`;
	if (!header.endsWith(emptyRows)) throw new Error('The JSON header does not end with its rows.');
	yield `${header.slice(0, -emptyRows.length)}[\n`;
	const depth = JSON_INDENT.repeat(2);
	const last = table.rows.length - 1;
	for (const [i, row] of table.rows.entries()) {
		const text = JSON.stringify(row, null, JSON_INDENT).replaceAll('\n', `\n${depth}`);
		yield `${depth}${text}${i === last ? '\n' : ',\n'}`;
	}
	yield `${JSON_INDENT}]\n}\n`;
}

/** A table as one JSON text (see {@link jsonPieces}). */
export function toJson(table: DownloadTable, meta: DownloadMeta): string {
	return [...jsonPieces(table, meta)].join('');
}

/** The two formats each table is offered in. */
export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;

/** A format of the downloads. */
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/**
 * A download's file name (`policies.csv`, `agencies.json`) read back as its table id and format,
 * for the endpoints of this site's tables and of the 287(g) tables alike.
 * @returns `undefined` when the name does not end in one of {@link DOWNLOAD_FORMATS}.
 */
export function splitFileName(name: string): { id: string; format: DownloadFormat } | undefined {
	const dot = name.lastIndexOf('.');
	const format = DOWNLOAD_FORMATS.find((f) => f === name.slice(dot + 1));
	return dot > 0 && format ? { id: name.slice(0, dot), format } : undefined;
}

/** One downloadable file, whose body is written in pieces when asked for. */
export interface DownloadFile {
	table: DownloadTable;
	format: DownloadFormat;
	/** File name, e.g. `policies.csv`. */
	name: string;
	/** Address on the site, e.g. `/data/policies.csv`. */
	href: string;
	mediaType: string;
	/**
	 * The body in pieces, as the file is written: at thousands of places the largest file is tens of
	 * megabytes, and held as one string it was the build's largest short-lived allocation.
	 */
	pieces: () => Iterable<string>;
}

/** One table in one format, with the file's name, address and media type. */
function fileOf(table: DownloadTable, format: DownloadFormat, meta: DownloadMeta): DownloadFile {
	return {
		table,
		format,
		name: `${table.id}.${format}`,
		href: downloadFileUrl(table.id, format),
		mediaType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
		pieces: () => (format === 'csv' ? csvPieces(table) : jsonPieces(table, meta)),
	};
}

/** The size in bytes, as UTF-8, of a text given in pieces; no piece is kept. */
export function utf8Bytes(pieces: Iterable<string>): number {
	let bytes = 0;
	for (const piece of pieces) bytes += Buffer.byteLength(piece, 'utf8');
	return bytes;
}

/** What /data/ lists of one download file: its table's codebook and row count, and its size. */
export interface DownloadListing extends Omit<DownloadFile, 'table' | 'pieces'> {
	table: Omit<DownloadTable, 'rows'> & { rowCount: number };
	/** Size of the body in bytes as UTF-8, as the file is written. */
	bytes: number;
}

/**
 * Every download file (each table as CSV and JSON) as /data/ lists it, with the size of the body
 * served. Tables are built one at a time and measured piece by piece, and their rows dropped, so
 * the page never holds all of them, nor any whole body.
 * @param dataset All collections.
 * @param site The site's origin with a trailing slash.
 * @param day `YYYY-MM-DD`, the build day.
 */
export function downloadListing(dataset: Dataset, site: string, day: string): DownloadListing[] {
	const meta = { datasetDate: datasetDate(dataset), site };
	return TABLES.flatMap((spec) => {
		const built = spec.build({ dataset, site, day });
		const { rows, ...codebook } = built;
		const table = { ...codebook, rowCount: rows.length };
		return DOWNLOAD_FORMATS.map((format) => {
			const { table: _table, pieces, ...file } = fileOf(built, format, meta);
			return { ...file, table, bytes: utf8Bytes(pieces()) };
		});
	});
}

/**
 * One download file, built from its own table alone: the endpoint serves each file this way so a
 * build never holds every table and body at once (at thousands of places they were the largest
 * thing it kept), and the bytes are those {@link downloadListing} shows on /data/.
 * @param dataset All collections.
 * @param site The site's origin with a trailing slash.
 * @param day `YYYY-MM-DD`, the build day.
 * @param name A file name, e.g. `policies.csv`.
 * @returns The file, or `undefined` when no table and format has that name.
 */
export function downloadFile(
	dataset: Dataset,
	site: string,
	day: string,
	name: string
): DownloadFile | undefined {
	const parts = splitFileName(name);
	const spec = TABLES.find((t) => t.id === parts?.id);
	if (!spec || !parts) return undefined;
	const { format } = parts;
	const meta = { datasetDate: datasetDate(dataset), site };
	return fileOf(spec.build({ dataset, site, day }), format, meta);
}
