import type { Dataset } from '../dataset-types';
import { cellFitsType, type AllowedValue, type Cell, type Column, type ColumnType } from './column';

/** What every table is built from: the collections, the site's origin and the build day. */
export interface TableInput {
	dataset: Dataset;
	/** The site's origin with a trailing slash, for absolute page addresses. */
	site: string;
	/** `YYYY-MM-DD`, the build day: the policies' `current` flag marks the value of that day. */
	day: string;
}

/** One table of the downloads, declared once: what a row is, where the rows come from, its columns. */
export interface TableSpec<Row> {
	/** The table's name, which is also its file name without extension. */
	id: string;
	title: string;
	/** What one row is, e.g. "One row per period during which a policy had one value". */
	rowMeaning: string;
	/** The rows, in the order the files list them. */
	rows: (input: TableInput) => Row[];
	columns: readonly Column<Row>[];
}

/** One column as the codebook and the JSON files describe it (no reader, allowed values resolved). */
export interface ColumnSpec {
	name: string;
	type: ColumnType;
	optional?: boolean;
	description: string;
	groupedBy?: string;
	allowed?: AllowedValue[];
}

/** A table built from its spec: its codebook and its rows as plain objects keyed by column name. */
export interface DownloadTable {
	id: string;
	title: string;
	rowMeaning: string;
	columns: ColumnSpec[];
	rows: Record<string, Cell>[];
}

/** A column's codebook entry; keys in a fixed order, since the JSON files print them in it. */
function columnSpec<Row>(column: Column<Row>, dataset: Dataset): ColumnSpec {
	const allowed =
		typeof column.allowed === 'function' ? column.allowed(dataset) : column.allowed?.slice();
	return {
		name: column.name,
		type: column.type,
		...(column.optional && { optional: true }),
		description: column.description,
		...(column.groupedBy !== undefined && { groupedBy: column.groupedBy }),
		...(allowed && { allowed }),
	};
}

/**
 * Reads one row through every column, refusing a cell that breaks its declaration (an empty cell in
 * a column that may not be empty, or a cell of the wrong type), so the codebook cannot promise what
 * the files do not keep.
 */
function readRow<Row>(spec: TableSpec<Row>, row: Row, index: number): Record<string, Cell> {
	return Object.fromEntries(
		spec.columns.map((column) => {
			const cell = column.get(row);
			const broken = cell === null ? !column.optional : !cellFitsType(cell, column.type);
			if (broken) {
				throw new Error(
					`Download table "${spec.id}", row ${index + 1}, column "${column.name}": ${JSON.stringify(cell)} ${
						cell === null
							? 'is empty, but the column may not be empty'
							: `is not of type ${column.type}`
					}.`
				);
			}
			return [column.name, cell];
		})
	);
}

/**
 * Builds a table from its spec: the codebook from the column declarations, each row read through
 * the same declarations.
 * @param spec The table's declaration.
 * @param input Collections, site origin and build day.
 */
export function buildTable<Row>(spec: TableSpec<Row>, input: TableInput): DownloadTable {
	const names = spec.columns.map((c) => c.name);
	const twice = names.find((name, i) => names.indexOf(name) !== i);
	if (twice) throw new Error(`Download table "${spec.id}" declares column "${twice}" twice.`);
	return {
		id: spec.id,
		title: spec.title,
		rowMeaning: spec.rowMeaning,
		columns: spec.columns.map((column) => columnSpec(column, input.dataset)),
		rows: spec.rows(input).map((row, index) => readRow(spec, row, index)),
	};
}
