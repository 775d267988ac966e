import type { Citation } from '../../schemas/citation';
import { DATE_MEANINGS, DATE_MEANING_LABELS, DATE_PRECISIONS } from '../../schemas/date-meaning';
import type { Dataset } from '../dataset-types';

/** Separator of the items of a list column in CSV files (JSON files use arrays instead). */
export const LIST_SEPARATOR = ';';

/** One cell: text, a number, a boolean, empty (`null`), or a list whose items may be empty. */
export type Cell = string | number | boolean | null | readonly (string | null)[];

/** The kinds of column a codebook describes; {@link COLUMN_TYPES} says how each is written. */
export type ColumnType =
	| 'id'
	| 'text'
	| 'code'
	| 'date'
	| 'partial-date'
	| 'integer'
	| 'number'
	| 'boolean'
	| 'list'
	| 'url';

/** How each column type is written in the CSV and JSON files, for the codebook. */
export const COLUMN_TYPES: Record<ColumnType, { label: string; csv: string; json: string }> = {
	id: {
		label: 'Identifier',
		csv: 'Lower-case kebab-case text, stable across releases.',
		json: 'String.',
	},
	text: {
		label: 'Text',
		csv: 'Free text; may contain commas, quotes and line breaks.',
		json: 'String.',
	},
	code: { label: 'Code', csv: 'One of the allowed values listed.', json: 'String.' },
	date: { label: 'Date', csv: 'YYYY-MM-DD.', json: 'String, YYYY-MM-DD.' },
	'partial-date': {
		label: 'Date (year, month or day)',
		csv: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows.',
		json: 'String in the same form.',
	},
	integer: { label: 'Whole number', csv: 'Digits, no thousands separator.', json: 'Number.' },
	number: { label: 'Decimal number', csv: 'Digits with a decimal point.', json: 'Number.' },
	boolean: { label: 'True or false', csv: 'true or false.', json: 'true or false.' },
	list: {
		label: 'List',
		csv: `Items separated by "${LIST_SEPARATOR}" with no spaces; empty when there are none.`,
		json: 'Array.',
	},
	url: { label: 'Web address', csv: 'A full https:// address.', json: 'String.' },
};

/** Whether a cell holds what its column type promises (the JS type; `null` is checked apart). */
export function cellFitsType(cell: Exclude<Cell, null>, type: ColumnType): boolean {
	switch (type) {
		case 'integer':
			return Number.isInteger(cell);
		case 'number':
			return typeof cell === 'number' && Number.isFinite(cell);
		case 'boolean':
			return typeof cell === 'boolean';
		case 'list':
			return Array.isArray(cell) && cell.every((item) => item === null || typeof item === 'string');
		default:
			return typeof cell === 'string';
	}
}

/** A value a code column may hold, with what it means; `group` names the dimension or assessment it belongs to. */
export interface AllowedValue {
	value: string;
	meaning: string;
	group?: string;
	/** The group's name in words, for the codebook. */
	groupTitle?: string;
}

/**
 * One column of a download, declared once: the codebook's words and how to read the cell from a
 * row. The CSV header, the JSON rows and columns, the codebook on /data/ and the tests all come
 * from this declaration.
 */
export interface Column<Row> {
	name: string;
	type: ColumnType;
	description: string;
	/** True when the cell can be empty (`null` in JSON, an empty field in CSV). */
	optional?: boolean;
	/** The values a code column may hold; a function when they come from a collection. */
	allowed?: readonly AllowedValue[] | ((dataset: Dataset) => AllowedValue[]);
	/** What the allowed values are grouped by, when they are ("dimension", "assessment"). */
	groupedBy?: string;
	/** The cell of this column in one row. */
	get: (row: Row) => Cell;
}

/** Allowed values from a schema enum and its labels, in the enum's order. */
export const labelled = (labels: Record<string, string>, ids: readonly string[]): AllowedValue[] =>
	ids.map((id) => ({ value: id, meaning: labels[id] ?? id }));

/** The two citation columns: the ids of the sources and, in the same order, their pinpoints. */
export function citationColumns<Row>(
	what: string,
	citations: (row: Row) => readonly Citation[]
): Column<Row>[] {
	return [
		{
			name: 'source_ids',
			type: 'list',
			description: `Ids of the documents ${what} rests on; each is a row of the sources table.`,
			get: (row) => citations(row).map((c) => c.source),
		},
		{
			name: 'pinpoints',
			type: 'list',
			description:
				'Where in each document (section, page), in the same order as source_ids; an item is empty when the citation has no pinpoint (null in JSON).',
			get: (row) => citations(row).map((c) => c.pinpoint ?? null),
		},
	];
}

/** A column saying what a date column's date marks (passed, signed, took effect, …). */
export const dateMeaningColumn = <Row>(
	name: string,
	what: string,
	get: (row: Row) => string | null
): Column<Row> => ({
	name,
	type: 'code',
	optional: true,
	description: `What ${what} is the date of (passed, signed, took effect, court ruling, …); empty when there is no date. See /about/#dates.`,
	allowed: labelled(DATE_MEANING_LABELS, DATE_MEANINGS),
	get,
});

/** A column saying how precisely a date column's date is known. */
export const datePrecisionColumn = <Row>(
	name: string,
	what: string,
	get: (row: Row) => string | null,
	optional = true
): Column<Row> => ({
	name,
	type: 'code',
	optional,
	description: `How precisely ${what} is known. A month- or year-precision date is written as the first day of that month or year; read only its month or year.`,
	allowed: [
		{ value: 'day', meaning: 'Known to the day' },
		{ value: 'month', meaning: 'Known to the month only' },
		{ value: 'year', meaning: 'Known to the year only' },
	] satisfies { value: (typeof DATE_PRECISIONS)[number]; meaning: string }[],
	get,
});

/** The column naming the jurisdiction a row belongs to. */
export const jurisdictionColumn = <Row>(get: (row: Row) => string): Column<Row> => ({
	name: 'jurisdiction',
	type: 'id',
	description: 'The jurisdiction, as an id of the jurisdictions table.',
	get,
});
