import { stringify } from 'csv-stringify/sync';
import type { Ice287gAgency, Ice287gList } from '../../schemas/ice-287g';
import { MODELS } from '../../schemas/ice-287g';
import { splitFileName, type DownloadFormat } from '../downloads';
import { fillPlaceholders } from '../i18n/placeholders';
import { participatingLists } from './history';
import { countySummaries, newestList } from './views';

type Value = string | number | boolean | null;

/** The types of the 287(g) downloads' columns, as the codebook names them. */
export const ICE287G_COLUMN_TYPES = ['text', 'integer', 'date', 'boolean', 'url', 'list'] as const;

/** One column of a 287(g) download, as the codebook describes it. */
export interface Ice287gColumn<Row> {
	name: string;
	type: (typeof ICE287G_COLUMN_TYPES)[number];
	description: string;
	value: (row: Row) => Value;
}

/** The three kinds of 287(g) table: one agreements table per list, the agencies, the counties. */
export type Ice287gTableKind = 'agreements' | 'agencies' | 'counties';

/** One downloadable 287(g) table: its codebook and rows. */
export interface Ice287gTable<Row = unknown> {
	id: string;
	kind: Ice287gTableKind;
	title: string;
	description: string;
	/** The values filled into its kind's title and description templates (`TABLE_TEXT`). */
	vars: Record<string, string>;
	columns: Ice287gColumn<Row>[];
	rows: Row[];
}

type AgreementRow = Ice287gList['rows'][number] & { list: string };

const AGREEMENT_COLUMNS: Ice287gColumn<AgreementRow>[] = [
	{
		name: 'list_date',
		type: 'date',
		description: "The list's date (ICE file-name date from 2025; web-archive capture day before).",
		value: (r) => r.list,
	},
	{
		name: 'source_row',
		type: 'integer',
		description: 'Row number in the raw file (header is row 1).',
		value: (r) => r.row,
	},
	{
		name: 'state',
		type: 'text',
		description: "Two-letter state or territory code, from ICE's STATE column.",
		value: (r) => r.state,
	},
	{
		name: 'agency_id',
		type: 'text',
		description: 'Stable id of the agency across lists (state + normalised name).',
		value: (r) => r.agencyId,
	},
	{
		name: 'agency',
		type: 'text',
		description: 'Agency name as ICE gives it, trimmed.',
		value: (r) => r.agency,
	},
	{
		name: 'agency_type',
		type: 'text',
		description:
			"ICE's TYPE column (county, municipality, state); empty before 2025, when ICE gave none.",
		value: (r) => r.type,
	},
	{
		name: 'model',
		type: 'text',
		description:
			'JEM (Jail Enforcement Model), WSO (Warrant Service Officer) or TFM (Task Force Model).',
		value: (r) => r.model,
	},
	{
		name: 'county_as_given',
		type: 'text',
		description: "ICE's COUNTY cell as given (2025+), including #N/A.",
		value: (r) => r.countyAsGiven,
	},
	{
		name: 'placement',
		type: 'text',
		description: 'county, state (a state agency: never placed in a county) or unplaced.',
		value: (r) => r.placement,
	},
	{
		name: 'county_fips',
		type: 'text',
		description: 'Five-digit county FIPS code (us-atlas) when placed in a county.',
		value: (r) => r.countyFips,
	},
	{
		name: 'county',
		type: 'text',
		description: 'County name from us-atlas.',
		value: (r) => r.countyName,
	},
	{
		name: 'placed_by',
		type: 'text',
		description: 'How the placement was made, or why the row could not be placed.',
		value: (r) => r.placedBy,
	},
	{
		name: 'signed',
		type: 'date',
		description: 'Signed date as ICE gives it, when it is a real date.',
		value: (r) => r.signed,
	},
	{
		name: 'signed_as_given',
		type: 'text',
		description:
			"ICE's text where the signed date is malformed or impossible (kept, never corrected).",
		value: (r) => r.signedAsGiven,
	},
	{
		name: 'moa_url',
		type: 'url',
		description: "The MOA link ICE gives (from the cell's hyperlink).",
		value: (r) => r.moa,
	},
	{
		name: 'moa_text',
		type: 'text',
		description: "The MOA cell's text where there is no link (e.g. link pending).",
		value: (r) => r.moaText,
	},
	{
		name: 'addendum_url',
		type: 'url',
		description: 'The addendum link ICE gives, if any.',
		value: (r) => r.addendum,
	},
];

const AGENCY_COLUMNS: Ice287gColumn<Ice287gAgency>[] = [
	{
		name: 'agency_id',
		type: 'text',
		description: 'Stable id of the agency across lists.',
		value: (a) => a.id,
	},
	{
		name: 'agency',
		type: 'text',
		description: 'Name on the newest list the agency appears on.',
		value: (a) => a.name,
	},
	{
		name: 'other_names',
		type: 'list',
		description: 'Other spellings ICE used, separated by "; ".',
		value: (a) => a.otherNames.join('; '),
	},
	{
		name: 'state',
		type: 'text',
		description: 'Two-letter state or territory code.',
		value: (a) => a.state,
	},
	{
		name: 'agency_type',
		type: 'text',
		description: "ICE's TYPE on the newest list that gives one.",
		value: (a) => a.type,
	},
	{
		name: 'placement',
		type: 'text',
		description: 'county, state or unplaced.',
		value: (a) => a.placement,
	},
	{
		name: 'county_fips',
		type: 'text',
		description: 'Five-digit county FIPS code.',
		value: (a) => a.countyFips,
	},
	{
		name: 'county',
		type: 'text',
		description: 'County name from us-atlas.',
		value: (a) => a.countyName,
	},
	{
		name: 'first_list',
		type: 'date',
		description: 'First participating list the agency appears on.',
		value: (a) => a.first,
	},
	{
		name: 'last_list',
		type: 'date',
		description: 'Last participating list the agency appears on.',
		value: (a) => a.last,
	},
	{
		name: 'on_newest_list',
		type: 'boolean',
		description: 'Whether the agency is on the newest list.',
		value: (a) => a.current,
	},
	{
		name: 'models_last_listed',
		type: 'list',
		description: 'Models on the last list the agency appears on.',
		value: (a) => a.models.join('; '),
	},
	{
		name: 'signed',
		type: 'list',
		description:
			'Each model\'s signed dates as ICE gave them, "MODEL date (first on list date)", separated by "; ".',
		value: (a) =>
			a.signed.map((s) => `${s.model} ${s.signed} (first on ${s.firstList})`).join('; '),
	},
	{
		name: 'changes',
		type: 'list',
		description:
			'Changes between consecutive lists, "list date: +added -removed (previous list date)", separated by "; ".',
		value: (a) =>
			a.events
				.map(
					(e) =>
						`${e.date}: ${[...e.added.map((m) => `+${m}`), ...e.removed.map((m) => `-${m}`)].join(' ')}${e.previous ? ` (previous list ${e.previous})` : ' (first listed)'}`
				)
				.join('; '),
	},
];

type CountyRow = ReturnType<typeof countySummaries>[number];

const COUNTY_COLUMNS: Ice287gColumn<CountyRow>[] = [
	{
		name: 'county_fips',
		type: 'text',
		description: 'Five-digit county FIPS code (us-atlas).',
		value: (c) => c.fips,
	},
	{ name: 'county', type: 'text', description: 'County name from us-atlas.', value: (c) => c.name },
	{ name: 'state', type: 'text', description: 'Two-letter state code.', value: (c) => c.state },
	{
		name: 'first_list',
		type: 'date',
		description: 'First list with an agreement of an agency placed in the county.',
		value: (c) => c.first,
	},
	{
		name: 'last_list',
		type: 'date',
		description: 'Last list with such an agreement.',
		value: (c) => c.last,
	},
	{
		name: 'agencies_ever',
		type: 'integer',
		description: 'Agencies placed in the county on any list.',
		value: (c) => c.agencies.length,
	},
	...MODELS.map((m): Ice287gColumn<CountyRow> => ({
		name: `newest_${m.toLowerCase()}`,
		type: 'integer',
		description: `${m} agreements on the newest list.`,
		value: (c) => c.current[m],
	})),
	{
		name: 'agencies',
		type: 'list',
		description: 'Agency ids, separated by "; ".',
		value: (c) => c.agencies.map((a) => a.id).join('; '),
	},
];

/**
 * Each kind of table's title and description, with `{day}` (a list's ISO date) and `{file}` slots;
 * the codebook's translations start from these.
 */
const TABLE_TEXT: Record<Ice287gTableKind, { title: string; description: string }> = {
	agreements: {
		title: 'Agreements as listed by ICE on {day}',
		description: "Every row of ICE's list of {day} ({file}) after the documented cleaning.",
	},
	agencies: {
		title: 'Agencies with their history',
		description:
			'One row per agency on any participating list, with first and last list, signed dates and changes.',
	},
	counties: {
		title: 'County summaries',
		description:
			'One row per county that has or had an agreement; counts from the newest list ({day}).',
	},
};

const COLUMNS: Record<Ice287gTableKind, Ice287gColumn<never>[]> = {
	agreements: AGREEMENT_COLUMNS,
	agencies: AGENCY_COLUMNS,
	counties: COUNTY_COLUMNS,
};

/** A table's title and description with its values filled in. */
function tableText(
	kind: Ice287gTableKind,
	vars: Record<string, string>
): Pick<Ice287gTable, 'kind' | 'title' | 'description' | 'vars'> {
	return {
		kind,
		title: fillPlaceholders(TABLE_TEXT[kind].title, vars),
		description: fillPlaceholders(TABLE_TEXT[kind].description, vars),
		vars,
	};
}

/**
 * The codebook's English in code, by string-table key (`table.<kind>.title`,
 * `table.<kind>.description`, `column.<kind>.<name>`), for the translation check to compare with
 * the 287(g) pages' table: a changed English description then shows up as a stale translation.
 */
export function ice287gCodebookEnglish(): Record<string, string> {
	return Object.fromEntries(
		(Object.keys(TABLE_TEXT) as Ice287gTableKind[]).flatMap((kind) => [
			[`table.${kind}.title`, TABLE_TEXT[kind].title],
			[`table.${kind}.description`, TABLE_TEXT[kind].description],
			...COLUMNS[kind].map((c) => [`column.${kind}.${c.name}`, c.description]),
		])
	);
}

/** Every 287(g) download table: agreements of each participating list, agencies, counties. */
export function ice287gTables(lists: Ice287gList[], agencies: Ice287gAgency[]): Ice287gTable[] {
	const newest = newestList(lists);
	const perList = participatingLists(lists).map((list): Ice287gTable<AgreementRow> => ({
		id: `agreements-${list.id}`,
		...tableText('agreements', { day: list.date, file: list.file }),
		columns: AGREEMENT_COLUMNS,
		rows: list.rows.map((r) => ({ ...r, list: list.date })),
	}));
	return [
		...(perList as Ice287gTable[]),
		{
			id: 'agencies',
			...tableText('agencies', {}),
			columns: AGENCY_COLUMNS,
			rows: agencies,
		} as Ice287gTable,
		{
			id: 'counties',
			...tableText('counties', { day: newest.date }),
			columns: COUNTY_COLUMNS,
			rows: countySummaries(lists, agencies),
		} as Ice287gTable,
	];
}

/** A table as CSV with a header row, in the order of its codebook. */
export function tableCsv(table: Ice287gTable): string {
	return stringify([
		table.columns.map((c) => c.name),
		...table.rows.map((row) => table.columns.map((c) => c.value(row) ?? '')),
	]);
}

/** A table as JSON: what it is, whose list, and its rows keyed by the codebook's names. */
export function tableJson(table: Ice287gTable): string {
	return `${JSON.stringify(
		{
			title: table.title,
			description: table.description,
			source:
				"U.S. Immigration and Customs Enforcement, 287(g) participating-agency lists; a list is ICE's statement, not a finding of this site.",
			codebook: '/ice-287g/data/',
			rows: table.rows.map((row) =>
				Object.fromEntries(table.columns.map((c) => [c.name, c.value(row)]))
			),
		},
		null,
		0
	)}\n`;
}

/** The media type each 287(g) file is served as. */
const ICE287G_MEDIA_TYPES: Record<DownloadFormat, string> = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json',
};

/**
 * One 287(g) download file, by its name (`agencies.csv`), written when it is asked for.
 * @returns `undefined` when no table and format has that name.
 */
export function ice287gFile(
	lists: Ice287gList[],
	agencies: Ice287gAgency[],
	name: string
): { body: string; mediaType: string } | undefined {
	const parts = splitFileName(name);
	const table = ice287gTables(lists, agencies).find((t) => t.id === parts?.id);
	if (!parts || !table) return undefined;
	const body = parts.format === 'csv' ? tableCsv(table) : tableJson(table);
	return { body, mediaType: ICE287G_MEDIA_TYPES[parts.format] };
}
