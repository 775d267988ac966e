import type { Ice287gAgency, Ice287gList, Ice287gRow, Model } from '../../schemas/ice-287g';
import { MODELS } from '../../schemas/ice-287g';
import { formatDate, formatNumber } from '../dates';
import { pluralKey, type Translate } from '../i18n/strings';
import type { Locale } from '../urls';
import { participatingLists } from './history';

/** Row counts by model, with their total. */
export type ModelCounts = Record<Model, number> & { total: number };

/** Counts the rows (agreements) of each model. */
export function countModels(rows: readonly Ice287gRow[]): ModelCounts {
	const counts = { JEM: 0, WSO: 0, TFM: 0, total: rows.length };
	for (const row of rows) counts[row.model]++;
	return counts;
}

/**
 * A list's day as the views show it: English keeps the ISO day ICE's files and the downloads use
 * (the lists' own names); other languages word it.
 */
export function listDay(iso: string, locale: Locale): string {
	return locale === 'en' ? iso : formatDate(iso, locale);
}

/**
 * The words every view uses to say which list it shows, in the page's language ("as listed by ICE
 * on May 18, 2026"), from the 287(g) pages' string table.
 */
export function asListed(
	list: Pick<Ice287gList, 'date' | 'kind'>,
	locale: Locale,
	t: Translate
): string {
	return t(list.kind === 'pending' ? 'listed-pending' : 'listed', {
		day: formatDate(list.date, locale),
	});
}

/** A count in words by the language's plural rules ("1 county", "911 counties"), from `count.<what>`. */
export function countWords(what: string, n: number, locale: Locale, t: Translate): string {
	return t(pluralKey(`count.${what}`, n, locale), { n: formatNumber(n, locale) });
}

/** The newest participating list: the default for every view. */
export function newestList(lists: Ice287gList[]): Ice287gList {
	const list = participatingLists(lists).at(-1);
	if (!list)
		throw new Error('content/ice-287g/lists/ holds no participating list: run npm run import:287g');
	return list;
}

/** One county on one list: its agreements, by the agencies placed in it. */
export interface ListCounty {
	fips: string;
	name: string;
	state: string;
	counts: ModelCounts;
	agencies: string[];
}

/** Groups rows or agencies placed in a county by its FIPS code; others are left out. */
function byCounty<T extends { placement: string; countyFips: string | null }>(
	items: T[]
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		if (item.placement !== 'county') continue;
		groups.set(item.countyFips!, [...(groups.get(item.countyFips!) ?? []), item]);
	}
	return groups;
}

/** The counties with at least one agreement on a list, by state then name. */
export function listCounties(list: Ice287gList): ListCounty[] {
	return [...byCounty(list.rows).entries()]
		.map(([fips, rows]) => ({
			fips,
			name: rows[0]!.countyName!,
			state: rows[0]!.state,
			counts: countModels(rows),
			agencies: [...new Set(rows.map((r) => r.agency))].sort(),
		}))
		.sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name));
}

/** A county that has or had an agreement on any participating list, with its agencies. */
export interface CountySummary {
	fips: string;
	name: string;
	state: string;
	first: string;
	last: string;
	/** Agencies placed in the county, current ones first. */
	agencies: Ice287gAgency[];
	/** Agreements on the newest list, by model. */
	current: ModelCounts;
}

/**
 * Every county that has or had an agreement on any participating list, with the agencies placed in
 * it on any list (an agency ICE later gives another county still shows where it once was).
 */
export function countySummaries(lists: Ice287gList[], agencies: Ice287gAgency[]): CountySummary[] {
	// Every jurisdiction page asks for its county: computed once per pair of lists, not per page.
	const known = summaryCache.get(lists);
	if (known?.agencies === agencies) return known.summaries;
	const summaries = summarise(lists, agencies);
	summaryCache.set(lists, { agencies, summaries });
	return summaries;
}

const summaryCache = new WeakMap<
	Ice287gList[],
	{ agencies: Ice287gAgency[]; summaries: CountySummary[] }
>();

function summarise(lists: Ice287gList[], agencies: Ice287gAgency[]): CountySummary[] {
	const ordered = participatingLists(lists);
	const newest = ordered.at(-1);
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const seen = new Map<string, { row: Ice287gRow; dates: string[]; ids: Set<string> }>();
	for (const list of ordered) {
		for (const [fips, rows] of byCounty(list.rows)) {
			const entry = seen.get(fips) ?? { row: rows[0]!, dates: [], ids: new Set<string>() };
			entry.dates.push(list.date);
			for (const row of rows) entry.ids.add(row.agencyId);
			seen.set(fips, entry);
		}
	}
	const currentRows = newest ? byCounty(newest.rows) : new Map<string, Ice287gRow[]>();
	return [...seen.entries()]
		.map(([fips, { row, dates, ids }]) => ({
			fips,
			name: row.countyName!,
			state: row.state,
			first: dates[0]!,
			last: dates.at(-1)!,
			agencies: [...ids]
				.flatMap((id) => byId.get(id) ?? [])
				.sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name)),
			current: countModels(currentRows.get(fips) ?? []),
		}))
		.sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name));
}

/** Rows of one state on each participating list, by model: the "over time" table of a state page. */
export function stateCountsOverTime(
	lists: Ice287gList[],
	state: string
): { list: Ice287gList; counts: ModelCounts }[] {
	return participatingLists(lists).map((list) => ({
		list,
		counts: countModels(list.rows.filter((r) => r.state === state)),
	}));
}

/** The states and territories that appear on any list, by code. */
export function listedStates(lists: Ice287gList[]): string[] {
	// Asked by every jurisdiction page, so computed once per set of lists.
	let states = statesCache.get(lists);
	if (!states) {
		states = [...new Set(lists.flatMap((l) => l.rows.map((r) => r.state)))].sort();
		statesCache.set(lists, states);
	}
	return states;
}

const statesCache = new WeakMap<Ice287gList[], string[]>();

/** A model list in words: "JEM, WSO", or `none` (the page's word) when there is no model. */
export function modelWords(models: readonly Model[], none = 'none'): string {
	return MODELS.filter((m) => models.includes(m)).join(', ') || none;
}
