import { stringify } from 'csv-stringify/sync';
import { CSV_FORMULA_SAFETY } from './csv-safe';
import type { Citation } from '../schemas/citation';
import { ASSESSOR_KINDS, type Assessment } from '../schemas/assessment';
import type { Dimension } from '../schemas/dimension';
import { EVENT_KINDS, EVENT_KIND_LABELS, type TimelineEvent } from '../schemas/event';
import {
	JURISDICTION_KINDS,
	JURISDICTION_KIND_LABELS,
	type Jurisdiction,
} from '../schemas/jurisdiction';
import { POLICY_STATUSES, POLICY_STATUS_LABELS, type PolicyStatus } from '../schemas/policy';
import { SOURCE_KINDS, SOURCE_KIND_LABELS, type Source } from '../schemas/source';
import {
	DATE_MEANINGS,
	DATE_MEANING_LABELS,
	DATE_PRECISIONS,
	type DateMeaning,
	type DatePrecision,
} from '../schemas/date-meaning';
import { RESERVED_LISTINGS } from '../schemas/classification';
import { precisionOf } from './dated-fact';
import { sourceStanding } from './source-standing';
import { policyPeriods } from './as-of';
import type { DataEntry, Dataset } from './dataset-types';
import { jurisdictionUrl } from './urls';
import { valueOnDay } from './value-on-day';

/** The licence of every download, shown on /data/ and written into each JSON file. */
export const DATA_LICENSE = {
	name: 'CC BY 4.0',
	title: 'Creative Commons Attribution 4.0 International',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Who to credit when reusing the data, as the licence asks. */
export const DATA_ATTRIBUTION = 'Immigration Enforcement Policy Atlas';

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

/** A value a code column may hold, with what it means; `group` names the dimension or assessment it belongs to. */
export interface AllowedValue {
	value: string;
	meaning: string;
	group?: string;
	/** The group's name in words, for the codebook. */
	groupTitle?: string;
}

/** One column of a download, as the codebook describes it; `Name` lets the compiler check the name. */
export interface ColumnSpec<Name extends string = string> {
	name: Name;
	type: ColumnType;
	description: string;
	/** True when the cell can be empty (`null` in JSON, an empty field in CSV). */
	optional?: boolean;
	allowed?: AllowedValue[];
	/** What the allowed values are grouped by, when they are ("dimension", "assessment"). */
	groupedBy?: string;
}

/** One table of the downloads: its rows and the codebook of its columns. */
export interface DownloadTable {
	id: TableId;
	title: string;
	/** What one row is, e.g. "One row per period during which a policy had one value". */
	rowMeaning: string;
	columns: ColumnSpec[];
	rows: Record<string, Cell>[];
}

/** The tables offered for download, in the order /data/ lists them. */
export const TABLE_IDS = [
	'jurisdictions',
	'policies',
	'statistics',
	'classifications',
	'events',
	'sources',
] as const;

/** The name of a download table, which is also its file name without extension. */
export type TableId = (typeof TABLE_IDS)[number];

/** A jurisdiction: one row per jurisdiction page. */
export type JurisdictionRow = {
	id: string;
	name: string;
	short_name: string | null;
	kind: string;
	state: string;
	aliases: string[];
	parents: string[];
	jail_operator: string | null;
	jail_jurisdiction: string | null;
	jail_note: string | null;
	jail_source_ids: string[];
	jail_pinpoints: (string | null)[];
	lat: number;
	lon: number;
	summary: string;
	last_reviewed: string;
	checked_through: string | null;
	checked_how: string | null;
	page_url: string;
};

/** A policy period: one row per stretch of time during which a jurisdiction had one value on a dimension. */
export type PolicyRow = {
	jurisdiction: string;
	dimension: string;
	value: string;
	label: string;
	detail: string;
	effective_from: string | null;
	from_meaning: DateMeaning | null;
	from_precision: DatePrecision | null;
	effective_to: string | null;
	to_meaning: DateMeaning | null;
	to_precision: DatePrecision | null;
	status: PolicyStatus;
	current: boolean;
	searched: string | null;
	searched_on: string | null;
	source_ids: string[];
	pinpoints: (string | null)[];
	verified: string;
};

/** A detainer statistic: one row per agency and period. */
export type StatisticRow = {
	jurisdiction: string;
	id: string;
	agency: string;
	period: string;
	from: string;
	to: string;
	received: number | null;
	honoured: number | null;
	declined: number | null;
	note: string | null;
	source_ids: string[];
	pinpoints: (string | null)[];
	verified: string;
};

/** What another body said about a jurisdiction: one row per jurisdiction and assessment. */
export type ClassificationRow = {
	jurisdiction: string;
	assessment: string;
	assessment_title: string;
	assessment_body: string;
	assessment_body_kind: string;
	assessment_date: string;
	assessment_standing: string | null;
	listing: string[];
	result: string;
	detail: string | null;
	source_ids: string[];
	pinpoints: (string | null)[];
	verified: string;
};

/** A timeline event: one row per event. */
export type EventRow = {
	id: string;
	date: string;
	date_meaning: DateMeaning | null;
	date_precision: DatePrecision;
	title: string;
	kind: string;
	jurisdictions: string[];
	summary: string;
	source_ids: string[];
	pinpoints: (string | null)[];
	verified: string;
};

/** A cited document: one row per source. */
export type SourceRow = {
	id: string;
	title: string;
	publisher: string;
	kind: string;
	url: string;
	published: string;
	verified: string;
	archive_url: string | null;
	primary: boolean;
	copy_of: string | null;
	expires: string | null;
	note: string | null;
};

/** Splits citations into parallel lists of source ids and pinpoints (`null` where none is given). */
export function citationColumns(citations: Citation[]): {
	source_ids: string[];
	pinpoints: (string | null)[];
} {
	return {
		source_ids: citations.map((c) => c.source),
		pinpoints: citations.map((c) => c.pinpoint ?? null),
	};
}

/**
 * One row per jurisdiction, in the site's reading order (by name).
 * @param jurisdictions All jurisdictions.
 * @param site The site's origin with a trailing slash, for absolute page addresses.
 */
export function jurisdictionRows(
	jurisdictions: DataEntry<Jurisdiction>[],
	site: string
): JurisdictionRow[] {
	return jurisdictions.map(({ id, data }) => {
		const jail = data.jail && citationColumns(data.jail.sources);
		return {
			id,
			name: data.name,
			short_name: data.shortName ?? null,
			kind: data.kind,
			state: data.state,
			aliases: data.aliases,
			parents: data.parents,
			jail_operator: data.jail?.operator ?? null,
			jail_jurisdiction: data.jail?.jurisdiction ?? null,
			jail_note: data.jail?.note ?? null,
			jail_source_ids: jail?.source_ids ?? [],
			jail_pinpoints: jail?.pinpoints ?? [],
			lat: data.location.lat,
			lon: data.location.lon,
			summary: data.summary,
			last_reviewed: data.lastReviewed,
			checked_through: data.checkedThrough?.date ?? null,
			checked_how: data.checkedThrough?.how ?? null,
			page_url: new URL(jurisdictionUrl(id), site).href,
		};
	});
}

/**
 * Long-format policies: for every jurisdiction and dimension, one row per period (earlier values from
 * the history, oldest first, then the value the file records as current), via `policyPeriods`, so
 * the rows are exactly the periods the jurisdiction pages show; `current` marks the row `valueOnDay`
 * answers with on `day`, the value every page shows.
 * @param jurisdictions All jurisdictions.
 * @param dimensions All dimensions (for order and value labels).
 * @param day `YYYY-MM-DD`, the build day.
 */
export function policyRows(
	jurisdictions: DataEntry<Jurisdiction>[],
	dimensions: DataEntry<Dimension>[],
	day: string
): PolicyRow[] {
	const columns = dimensions;
	return jurisdictions.flatMap((jurisdiction) =>
		columns.flatMap((dimension) => {
			const answer = valueOnDay(jurisdiction.data, dimension, day);
			const policy = answer.policy;
			if (!policy) return [];
			return policyPeriods(policy).map((period, index) => ({
				jurisdiction: jurisdiction.id,
				dimension: dimension.id,
				value: period.value,
				label: dimension.data.values.find((v) => v.id === period.value)?.label ?? period.value,
				detail: period.detail,
				effective_from: period.from ?? null,
				from_meaning: period.fromMeaning ?? null,
				from_precision: period.from ? period.fromPrecision : null,
				effective_to: period.to ?? null,
				to_meaning: period.toMeaning ?? null,
				to_precision: period.to ? period.toPrecision : null,
				status: period.status,
				current: index === answer.periodIndex,
				searched: period.current ? (policy.searched?.what ?? null) : null,
				searched_on: period.current ? (policy.searched?.on ?? null) : null,
				...citationColumns(period.sources),
				verified: period.verified,
			}));
		})
	);
}

/**
 * One row per detainer statistic, by jurisdiction, then agency and start date as the pages list them.
 * @param jurisdictions All jurisdictions.
 */
export function statisticRows(jurisdictions: DataEntry<Jurisdiction>[]): StatisticRow[] {
	return jurisdictions.flatMap((jurisdiction) =>
		jurisdiction.data.statistics.map((stat) => ({
			jurisdiction: jurisdiction.id,
			id: stat.id,
			agency: stat.agency,
			period: stat.period,
			from: stat.from,
			to: stat.to,
			received: stat.received ?? null,
			honoured: stat.honoured ?? null,
			declined: stat.declined ?? null,
			note: stat.note ?? null,
			...citationColumns(stat.sources),
			verified: stat.verified,
		}))
	);
}

/**
 * One row per classification, with the assessment's title, body and date copied in so the table
 * reads on its own; by jurisdiction, then assessment date.
 * @param jurisdictions All jurisdictions.
 * @param assessments All assessments.
 */
export function classificationRows(
	jurisdictions: DataEntry<Jurisdiction>[],
	assessments: DataEntry<Assessment>[]
): ClassificationRow[] {
	const byId = new Map(assessments.map((a) => [a.id, a.data]));
	return jurisdictions.flatMap((jurisdiction) =>
		jurisdiction.data.classifications
			.flatMap((c) => {
				const assessment = byId.get(c.assessment);
				return assessment ? [{ c, a: assessment }] : [];
			})
			.map(({ c, a }) => ({
				jurisdiction: jurisdiction.id,
				assessment: c.assessment,
				assessment_title: a.title,
				assessment_body: a.body,
				assessment_body_kind: a.bodyKind,
				assessment_date: a.date,
				assessment_standing: a.standing ?? null,
				listing: c.listing,
				result: c.result,
				detail: c.detail ?? null,
				...citationColumns(c.sources),
				verified: c.verified,
			}))
	);
}

/**
 * One row per timeline event, oldest first.
 * @param events All events.
 */
export function eventRows(events: DataEntry<TimelineEvent>[]): EventRow[] {
	return events.map(({ id, data }) => ({
		id,
		date: data.date,
		date_meaning: data.dateMeaning ?? null,
		date_precision: precisionOf(data.date),
		title: data.title,
		kind: data.kind,
		jurisdictions: data.jurisdictions,
		summary: data.summary,
		...citationColumns(data.sources),
		verified: data.verified,
	}));
}

/**
 * One row per cited document, by id.
 * @param sources All sources.
 */
export function sourceRows(sources: DataEntry<Source>[]): SourceRow[] {
	return [...sources]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map(({ id, data }) => ({
			id,
			title: data.title,
			publisher: data.publisher,
			kind: data.kind,
			url: data.url,
			published: data.published,
			verified: data.verified,
			archive_url: data.archiveUrl ?? null,
			primary: sourceStanding(data) === 'primary',
			copy_of: data.copyOf ?? null,
			expires: data.expires ?? null,
			note: data.note ?? null,
		}));
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

/** The schema has no labels for assessor kinds; the record type makes a new kind fail to compile here. */
const ASSESSOR_KIND_MEANINGS: Record<(typeof ASSESSOR_KINDS)[number], string> = {
	'federal-government': 'Federal government',
	'state-government': 'State government',
	court: 'Court',
	advocacy: 'Advocacy group',
	research: 'Research organisation',
};

/** Codebook entries for a date's meaning and precision columns. */
const dateMeaningSpec = <Name extends string>(name: Name, what: string): ColumnSpec<Name> => ({
	name,
	type: 'code',
	optional: true,
	description: `What ${what} is the date of (passed, signed, took effect, court ruling, …); empty when there is no date. See /about/#dates.`,
	allowed: labelled(DATE_MEANING_LABELS, DATE_MEANINGS),
});
const datePrecisionSpec = <Name extends string>(name: Name, what: string): ColumnSpec<Name> => ({
	name,
	type: 'code',
	optional: true,
	description: `How precisely ${what} is known. A month- or year-precision date is written as the first day of that month or year; read only its month or year.`,
	allowed: [
		{ value: 'day', meaning: 'Known to the day' },
		{ value: 'month', meaning: 'Known to the month only' },
		{ value: 'year', meaning: 'Known to the year only' },
	] satisfies { value: (typeof DATE_PRECISIONS)[number]; meaning: string }[],
});

const labelled = (labels: Record<string, string>, ids: readonly string[]): AllowedValue[] =>
	ids.map((id) => ({ value: id, meaning: labels[id] ?? id }));

/**
 * Allowed values grouped by their `group` (the dimension), in first-seen order, for the codebook.
 * @param allowed A column's allowed values.
 */
export function groupAllowed(allowed: AllowedValue[]): [string, AllowedValue[]][] {
	const groups = new Map<string, AllowedValue[]>();
	for (const value of allowed) {
		const key = value.group ?? '';
		groups.set(key, [...(groups.get(key) ?? []), value]);
	}
	return [...groups];
}

/** The columns of a row type, checked against its keys. */
type ColumnsOf<Row> = ColumnSpec<keyof Row & string>[];

const citationSpecs = (what: string): ColumnSpec<'source_ids' | 'pinpoints'>[] => [
	{
		name: 'source_ids',
		type: 'list',
		description: `Ids of the documents ${what} rests on; each is a row of the sources table.`,
	},
	{
		name: 'pinpoints',
		type: 'list',
		description:
			'Where in each document (section, page), in the same order as source_ids; an item is empty when the citation has no pinpoint (null in JSON).',
	},
];

/**
 * Every download table with its rows and codebook; allowed values come from the dimensions
 * collection and the schema enums, so the codebook cannot drift from the data.
 * @param dataset All collections.
 * @param site The site's origin with a trailing slash.
 * @param day `YYYY-MM-DD`, the build day: the policies' `current` flag marks the value of that day.
 */
export function downloadTables(dataset: Dataset, site: string, day: string): DownloadTable[] {
	const dimensions = dataset.dimensions;
	const jurisdictionIdSpec = {
		type: 'id',
		description: 'The jurisdiction, as an id of the jurisdictions table.',
	} as const;

	const jurisdictions: DownloadTable = {
		id: 'jurisdictions',
		title: 'Jurisdictions',
		rowMeaning: 'One row per jurisdiction (state, county, parish, city or district).',
		columns: [
			{
				name: 'id',
				type: 'id',
				description: 'Identifier, also the last part of the page address.',
			},
			{ name: 'name', type: 'text', description: 'Full name.' },
			{
				name: 'short_name',
				type: 'text',
				optional: true,
				description: 'Name used in tables, where it differs from the full name.',
			},
			{
				name: 'kind',
				type: 'code',
				description: 'Kind of government.',
				allowed: labelled(JURISDICTION_KIND_LABELS, JURISDICTION_KINDS),
			},
			{ name: 'state', type: 'code', description: 'Two-letter postal code of the state or DC.' },
			{ name: 'aliases', type: 'list', description: 'Other names readers use.' },
			{
				name: 'parents',
				type: 'list',
				description: 'Ids of the jurisdictions directly above this one (e.g. county, state).',
			},
			{
				name: 'jail_operator',
				type: 'text',
				optional: true,
				description: 'The agency that runs the jail holding people arrested here.',
			},
			{
				name: 'jail_jurisdiction',
				type: 'id',
				optional: true,
				description:
					'Id of the jurisdiction whose coded policies govern that jail (may be itself).',
			},
			{
				name: 'jail_note',
				type: 'text',
				optional: true,
				description: 'How the jail arrangement works.',
			},
			{
				name: 'jail_source_ids',
				type: 'list',
				description: 'Ids of the documents the jail arrangement rests on.',
			},
			{
				name: 'jail_pinpoints',
				type: 'list',
				description:
					'Pinpoints for jail_source_ids, in the same order; an item is empty when none.',
			},
			{ name: 'lat', type: 'number', description: 'Latitude of the seat or centroid (WGS 84).' },
			{ name: 'lon', type: 'number', description: 'Longitude of the seat or centroid (WGS 84).' },
			{
				name: 'summary',
				type: 'text',
				description: 'One neutral paragraph on what the rules do today.',
			},
			{
				name: 'last_reviewed',
				type: 'date',
				description: 'The day a person last reviewed the whole page.',
			},
			{
				name: 'checked_through',
				type: 'date',
				optional: true,
				description:
					'Until when the page was checked for new laws, orders, rulings and lists; required when its newest source is more than six months older than last_reviewed.',
			},
			{
				name: 'checked_how',
				type: 'text',
				optional: true,
				description: 'How that check was made (records, dockets and news searched).',
			},
			{ name: 'page_url', type: 'url', description: 'The jurisdiction’s page on this site.' },
		] satisfies ColumnsOf<JurisdictionRow>,
		rows: jurisdictionRows(dataset.jurisdictions, site),
	};

	const policies: DownloadTable = {
		id: 'policies',
		title: 'Policies (long format, with history)',
		rowMeaning:
			'One row per period during which a jurisdiction had one value on one dimension: earlier values from the history, oldest first, then the current value.',
		columns: [
			{ name: 'jurisdiction', ...jurisdictionIdSpec },
			{
				name: 'dimension',
				type: 'code',
				description: 'The question coded, in the order of the comparison table.',
				allowed: dimensions.map((d) => ({ value: d.id, meaning: d.data.title })),
			},
			{
				name: 'value',
				type: 'code',
				description:
					'The coded answer. Allowed values depend on the dimension and are listed from the fewest ties with federal enforcement to the most; that order is not a ranking. Every dimension ends with no-rule (this government has no law, order or written policy on the question) and not-found (we searched and could not establish the answer; see searched).',
				groupedBy: 'dimension',
				allowed: dimensions.flatMap((d) =>
					d.data.values.map((v) => ({
						value: v.id,
						meaning: `${v.label}: ${v.description}`,
						group: d.id,
						groupTitle: d.data.title,
					}))
				),
			},
			{
				name: 'label',
				type: 'text',
				description: 'The value in plain words, as the site shows it.',
			},
			{
				name: 'detail',
				type: 'text',
				description: 'What the rule did in this period, in plain words.',
			},
			{
				name: 'effective_from',
				type: 'date',
				optional: true,
				description:
					'First day of the period; empty when the start date could not be found. The period then began after the previous row for the same jurisdiction and dimension ended; on the first row, an earlier value applied since before our records start, and a current value with no history is known to apply only from its verified day.',
			},
			dateMeaningSpec('from_meaning', 'effective_from'),
			datePrecisionSpec('from_precision', 'effective_from'),
			{
				name: 'effective_to',
				type: 'date',
				optional: true,
				description:
					'Last day of the period; empty for the current value. Despite the column names (kept for existing users), from_meaning and to_meaning say what each date is.',
			},
			dateMeaningSpec('to_meaning', 'effective_to'),
			datePrecisionSpec('to_precision', 'effective_to'),
			{
				name: 'status',
				type: 'code',
				description: 'Legal standing of the rule in this period.',
				allowed: labelled(POLICY_STATUS_LABELS, POLICY_STATUSES),
			},
			{
				name: 'current',
				type: 'boolean',
				description:
					'true for the value that applies on the build day, the one every page of the site shows (at most one per jurisdiction and dimension; none when no recorded value covers that day, e.g. only a proposal is on file); false otherwise.',
			},
			{
				name: 'searched',
				type: 'text',
				optional: true,
				description:
					'For a current "not-found" value: what was read or searched before concluding the answer could not be established. "not-found" is not "no-rule" (no law, order or written policy at this level).',
			},
			{
				name: 'searched_on',
				type: 'date',
				optional: true,
				description: 'The day that search was made.',
			},
			...citationSpecs('the value in this period'),
			{
				name: 'verified',
				type: 'date',
				description: 'The day this value was last checked against its sources.',
			},
		] satisfies ColumnsOf<PolicyRow>,
		rows: policyRows(dataset.jurisdictions, dataset.dimensions, day),
	};

	const statistics: DownloadTable = {
		id: 'statistics',
		title: 'Detainer statistics',
		rowMeaning: 'One row per agency and period for which detainer counts were published.',
		columns: [
			{ name: 'jurisdiction', ...jurisdictionIdSpec },
			{ name: 'id', type: 'id', description: 'Identifier, unique within the jurisdiction.' },
			{
				name: 'agency',
				type: 'text',
				description: 'The agency whose records the numbers come from.',
			},
			{ name: 'period', type: 'text', description: 'The period in words, as the source gives it.' },
			{ name: 'from', type: 'date', description: 'First day of the period.' },
			{ name: 'to', type: 'date', description: 'Last day of the period.' },
			{
				name: 'received',
				type: 'integer',
				optional: true,
				description: 'Detainer requests received; empty when not reported.',
			},
			{
				name: 'honoured',
				type: 'integer',
				optional: true,
				description: 'Detainer requests honoured; empty when not reported.',
			},
			{
				name: 'declined',
				type: 'integer',
				optional: true,
				description: 'Detainer requests declined; empty when not reported.',
			},
			{
				name: 'note',
				type: 'text',
				optional: true,
				description: 'What the numbers count and what they leave out.',
			},
			...citationSpecs('the numbers'),
			{ name: 'verified', type: 'date', description: 'The day the numbers were last checked.' },
		] satisfies ColumnsOf<StatisticRow>,
		rows: statisticRows(dataset.jurisdictions),
	};

	const classifications: DownloadTable = {
		id: 'classifications',
		title: 'Classifications by other bodies',
		rowMeaning:
			'One row per jurisdiction and list or finding by another body (DOJ, DHS, …), in that body’s words; never a verdict of this atlas.',
		columns: [
			{ name: 'jurisdiction', ...jurisdictionIdSpec },
			{ name: 'assessment', type: 'id', description: 'Identifier of the list or finding.' },
			{ name: 'assessment_title', type: 'text', description: 'Name of the list or finding.' },
			{ name: 'assessment_body', type: 'text', description: 'The body that made it.' },
			{
				name: 'assessment_body_kind',
				type: 'code',
				description: 'Kind of body.',
				allowed: labelled(ASSESSOR_KIND_MEANINGS, ASSESSOR_KINDS),
			},
			{ name: 'assessment_date', type: 'partial-date', description: 'When it was issued.' },
			{
				name: 'assessment_standing',
				type: 'text',
				optional: true,
				description: 'Whether it still stands (e.g. withdrawn), where known.',
			},
			{
				name: 'listing',
				type: 'list',
				description:
					'Which of the assessment’s lists or sections names the jurisdiction (several when more than one does), or not-listed / not-established; each id’s meaning is the body’s own, as defined below.',
				groupedBy: 'assessment',
				allowed: [
					...dataset.assessments.flatMap((a) =>
						a.data.lists.map((list) => ({
							value: list.id,
							meaning: `${list.label}: ${list.meaning}`,
							group: a.id,
							groupTitle: `${a.data.title} (${a.data.body}, ${a.data.date})`,
						}))
					),
					...Object.entries(RESERVED_LISTINGS).map(([value, r]) => ({
						value,
						meaning: `${r.label}: ${r.meaning}`,
						group: 'any',
						groupTitle: 'Any assessment',
					})),
				],
			},
			{
				name: 'result',
				type: 'text',
				description: 'What the body said about this jurisdiction, in a few words.',
			},
			{
				name: 'detail',
				type: 'text',
				optional: true,
				description: 'More detail, attributed, including how the jurisdiction answered.',
			},
			...citationSpecs('this classification'),
			{ name: 'verified', type: 'date', description: 'The day this was last checked.' },
		] satisfies ColumnsOf<ClassificationRow>,
		rows: classificationRows(dataset.jurisdictions, dataset.assessments),
	};

	const events: DownloadTable = {
		id: 'events',
		title: 'Timeline events',
		rowMeaning:
			'One row per dated event (law, order, letter, list, lawsuit, ruling), oldest first.',
		columns: [
			{ name: 'id', type: 'id', description: 'Identifier.' },
			{ name: 'date', type: 'partial-date', description: 'When it happened.' },
			dateMeaningSpec('date_meaning', 'date'),
			{ ...datePrecisionSpec('date_precision', 'date'), optional: false },
			{ name: 'title', type: 'text', description: 'What happened, in a line.' },
			{
				name: 'kind',
				type: 'code',
				description: 'Kind of event.',
				allowed: labelled(EVENT_KIND_LABELS, EVENT_KINDS),
			},
			{
				name: 'jurisdictions',
				type: 'list',
				description: 'Ids of the jurisdictions concerned; empty for nationwide federal actions.',
			},
			{ name: 'summary', type: 'text', description: 'One to three neutral sentences.' },
			...citationSpecs('the event'),
			{ name: 'verified', type: 'date', description: 'The day this was last checked.' },
		] satisfies ColumnsOf<EventRow>,
		rows: eventRows(dataset.events),
	};

	const sources: DownloadTable = {
		id: 'sources',
		title: 'Sources',
		rowMeaning: 'One row per document cited anywhere in the atlas.',
		columns: [
			{ name: 'id', type: 'id', description: 'Identifier, used in the source_ids columns.' },
			{ name: 'title', type: 'text', description: 'The document’s own title.' },
			{ name: 'publisher', type: 'text', description: 'Who issued or published it.' },
			{
				name: 'kind',
				type: 'code',
				description: 'Kind of document, from primary (the law itself) to secondary.',
				allowed: labelled(SOURCE_KIND_LABELS, SOURCE_KINDS),
			},
			{ name: 'url', type: 'url', description: 'Where the document can be read.' },
			{ name: 'published', type: 'partial-date', description: 'When it was issued or published.' },
			{
				name: 'verified',
				type: 'date',
				description: 'When one of us last opened it and checked what we cite it for.',
			},
			{
				name: 'archive_url',
				type: 'url',
				optional: true,
				description: 'A stable archived copy, where one exists.',
			},
			{
				name: 'primary',
				type: 'boolean',
				description:
					'true when the address is the primary document (law, order, ruling, letter, official report) as its issuer published it; false for a copy or repost (see copy_of) and for news, advocacy and academic reports about it.',
			},
			{
				name: 'copy_of',
				type: 'text',
				optional: true,
				description:
					'For a copy or repost: the original it copies (title, issuer, date); empty when the address is the issuer’s own publication.',
			},
			{
				name: 'expires',
				type: 'date',
				optional: true,
				description:
					'The day the document’s own text says it lapses (an emergency act, a temporary order).',
			},
			{
				name: 'note',
				type: 'text',
				optional: true,
				description: 'A caveat, e.g. that the copy is a mirror or the publisher an advocacy group.',
			},
		] satisfies ColumnsOf<SourceRow>,
		rows: sourceRows(dataset.sources),
	};

	return [jurisdictions, policies, statistics, classifications, events, sources];
}

/** Writes one cell as CSV text: lists joined by {@link LIST_SEPARATOR}, empty for `null`. */
function csvCell(cell: Cell): string | number | boolean {
	if (cell === null) return '';
	if (Array.isArray(cell)) return cell.map((item) => item ?? '').join(LIST_SEPARATOR);
	return cell as string | number | boolean;
}

/**
 * Serialises a table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs detect the
 * encoding), a header row of column names, `\n` line ends, and quoting by csv-stringify wherever
 * a field holds a comma, quote or line break.
 * @param table A download table.
 */
export function toCsv(table: DownloadTable): string {
	const names = table.columns.map((c) => c.name);
	return stringify(
		table.rows.map((row) => names.map((name) => csvCell(row[name] ?? null))),
		{
			bom: true,
			header: true,
			columns: names,
			cast: { boolean: (value) => (value ? 'true' : 'false') },
			...CSV_FORMULA_SAFETY,
		}
	);
}

/** What a JSON download says about itself besides its rows. */
export interface DownloadMeta {
	/** Latest `verified`/`lastReviewed` day in the data (see {@link datasetDate}). */
	datasetDate: string;
	/** The site's origin with a trailing slash. */
	site: string;
}

/**
 * Serialises a table as JSON: a metadata header (dataset date, licence, attribution, codebook) and
 * the rows as objects keyed by column name, with arrays for lists and `null` for empty cells.
 * @param table A download table.
 * @param meta Dataset date and site origin.
 */
export function toJson(table: DownloadTable, meta: DownloadMeta): string {
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
		rows: table.rows,
	};
	return `${JSON.stringify(document, null, '\t')}\n`;
}

/** The two formats each table is offered in. */
export const DOWNLOAD_FORMATS = ['csv', 'json'] as const;

/** A format of the downloads. */
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** One downloadable file with its serialised body, as both the endpoint and /data/ use it. */
export interface DownloadFile {
	table: DownloadTable;
	format: DownloadFormat;
	/** File name, e.g. `policies.csv`. */
	name: string;
	/** Address on the site, e.g. `/data/policies.csv`. */
	href: string;
	mediaType: string;
	body: string;
	/** Size of the body in bytes as UTF-8, as the file is written. */
	bytes: number;
}

/**
 * Every download file (each table as CSV and JSON), serialised once so the sizes /data/ shows are
 * those of the files served.
 * @param dataset All collections.
 * @param site The site's origin with a trailing slash.
 * @param day `YYYY-MM-DD`, the build day.
 */
export function downloadFiles(dataset: Dataset, site: string, day: string): DownloadFile[] {
	const meta = { datasetDate: datasetDate(dataset), site };
	return downloadTables(dataset, site, day).flatMap((table) =>
		DOWNLOAD_FORMATS.map((format) => {
			const body = format === 'csv' ? toCsv(table) : toJson(table, meta);
			return {
				table,
				format,
				name: `${table.id}.${format}`,
				href: `/data/${table.id}.${format}`,
				mediaType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
				body,
				bytes: Buffer.byteLength(body, 'utf8'),
			};
		})
	);
}
