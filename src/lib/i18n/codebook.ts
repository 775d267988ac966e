import type { Dimension } from '../../schemas/dimension';
import type { DataEntry } from '../dataset-types';
import { COLUMN_TYPES, type AllowedValue, type ColumnType } from '../download-tables/column';
import type { ColumnSpec, DownloadTable } from '../download-tables/table';
import { formatDate } from '../dates';
import type { Ice287gTable, Ice287gTableKind } from '../ice-287g/downloads';
import type { Locale } from '../urls';
import type { Translate } from './strings';

/**
 * The string-table prefix whose keys word each code column's allowed values, by `table.column`
 * (`date-meaning.enacted`, `status.repealed`…); tables the codebook shares with other pages reuse
 * their words. Columns not listed here are the dimension columns (worded by the dimensions'
 * translations) and the assessments' own list labels, which stay in English.
 */
export const CODEBOOK_VALUE_KEYS: Record<string, string> = {
	'jurisdictions.kind': 'kind',
	'policies.from_meaning': 'date-meaning',
	'policies.to_meaning': 'date-meaning',
	'events.date_meaning': 'date-meaning',
	'policies.from_precision': 'known-to',
	'policies.to_precision': 'known-to',
	'events.date_precision': 'known-to',
	'policies.status': 'status',
	'classifications.assessment_body_kind': 'body-kind',
	'events.kind': 'event-kind',
	'sources.kind': 'source-kind',
};

/** An allowed value as the codebook shows it; `lang` marks a meaning left in English. */
export type CodebookValue = AllowedValue & { lang?: 'en' };

/** A column as the codebook shows it, in the reader's language. */
export type CodebookColumn = Omit<ColumnSpec, 'allowed'> & { allowed?: CodebookValue[] };

/** A table's codebook (title, what a row is, its columns) in the reader's language. */
export interface Codebook {
	id: string;
	title: string;
	rowMeaning: string;
	columns: CodebookColumn[];
}

/** How one column type is written, in the reader's language. */
export function columnTypeText(
	type: ColumnType,
	locale: Locale,
	t: Translate
): { label: string; csv: string; json: string } {
	if (locale === 'en') return COLUMN_TYPES[type];
	return {
		label: t(`type.${type}.label`),
		csv: t(`type.${type}.csv`, { separator: ';' }),
		json: t(`type.${type}.json`),
	};
}

/**
 * A download table's codebook in the reader's language: the table's title and row meaning and each
 * column's meaning from the data page's string table (pages/data), the allowed values' meanings
 * from the tables `CODEBOOK_VALUE_KEYS` names, the dimensions' values from their translations.
 * Column names and value codes stay as the files write them. English returns the codebook as built.
 * @param dimensions The dimensions, already in the reader's language.
 */
export function localizeCodebook(
	table: Omit<DownloadTable, 'rows'>,
	locale: Locale,
	t: Translate,
	dimensions: DataEntry<Dimension>[]
): Codebook {
	if (locale === 'en') return table;
	const byId = new Map(dimensions.map((d) => [d.id, d.data]));
	const meaning = (column: string, value: AllowedValue): CodebookValue => {
		const prefix = CODEBOOK_VALUE_KEYS[`${table.id}.${column}`];
		if (prefix) return { ...value, meaning: t(`${prefix}.${value.value}`) };
		if (column === 'dimension' && byId.has(value.value))
			return { ...value, meaning: byId.get(value.value)!.title };
		const dimension = value.group ? byId.get(value.group) : undefined;
		const coded = dimension?.values.find((v) => v.id === value.value);
		if (dimension && coded)
			return {
				...value,
				meaning: `${coded.label}: ${coded.description}`,
				groupTitle: dimension.title,
			};
		return { ...value, lang: 'en' };
	};
	return {
		id: table.id,
		title: t(`table.${table.id}.title`),
		rowMeaning: t(`table.${table.id}.row`),
		columns: table.columns.map((column) => ({
			...column,
			description: t(`column.${table.id}.${column.name}`),
			...(column.allowed && { allowed: column.allowed.map((v) => meaning(column.name, v)) }),
		})),
	};
}

/** A 287(g) download table's codebook in the reader's language, with its row count. */
export interface Ice287gCodebook {
	id: string;
	kind: Ice287gTableKind;
	title: string;
	description: string;
	vars: Record<string, string>;
	rows: number;
	columns: { name: string; type: string; description: string }[];
}

/**
 * A 287(g) download table's codebook in the reader's language: title, description and each
 * column's type and meaning from the 287(g) pages' string table (pages/ice-287g), whose English is
 * checked against the code's. English returns the code's own words; column names stay as the files
 * write them, and a list's day is written out in other languages.
 */
export function localizeIce287gTable(
	table: Ice287gTable,
	locale: Locale,
	t: Translate
): Ice287gCodebook {
	const base = { id: table.id, kind: table.kind, vars: table.vars, rows: table.rows.length };
	if (locale === 'en')
		return {
			...base,
			title: table.title,
			description: table.description,
			columns: table.columns.map(({ name, type, description }) => ({ name, type, description })),
		};
	const vars = {
		...table.vars,
		...(table.vars['day'] && { day: formatDate(table.vars['day'], locale) }),
	};
	return {
		...base,
		title: t(`table.${table.kind}.title`, vars),
		description: t(`table.${table.kind}.description`, vars),
		columns: table.columns.map(({ name, type }) => ({
			name,
			type: t(`type.${type}`),
			description: t(`column.${table.kind}.${name}`),
		})),
	};
}
