import { jurisdictionUrl, type Locale } from './urls';
import type { Change, ChangeKind } from '../schemas/change';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';
import { formatDate } from './dates';

/** The id of the "Page history" section on every jurisdiction page, which the feed links to. */
export const PAGE_HISTORY_ID = 'page-history';

/** One recorded change to one jurisdiction page. */
export interface PageChange {
	jurisdiction: DataEntry<Jurisdiction>;
	change: Change;
	/**
	 * The change's position in the page's own list, counted from 1 oldest first: entries are only
	 * ever added after the ones before, so the number (and the `#change-N` anchor) never moves.
	 */
	number: number;
}

/** The id of one change's item in the page history, e.g. `change-1`. */
export function changeAnchor(number: number): string {
	return `change-${number}`;
}

/** The path of a jurisdiction page's history section, e.g. `/jurisdictions/chicago/#page-history`. */
export function pageHistoryPath(jurisdictionId: string, locale?: Locale): string {
	return jurisdictionUrl(jurisdictionId, PAGE_HISTORY_ID, locale);
}

/** The path of one change's item on its page, e.g. `/jurisdictions/chicago/#change-2`. */
export function changePath(jurisdictionId: string, number: number, locale?: Locale): string {
	return jurisdictionUrl(jurisdictionId, changeAnchor(number), locale);
}

/**
 * The recorded changes of one page, newest first; changes on the same day keep the later-written
 * entry first.
 * @param jurisdiction The jurisdiction entry.
 */
export function pageHistory(jurisdiction: DataEntry<Jurisdiction>): PageChange[] {
	return jurisdiction.data.changes
		.map((change, index) => ({ jurisdiction, change, number: index + 1 }))
		.sort((a, b) => b.change.date.localeCompare(a.change.date) || b.number - a.number);
}

/**
 * Every recorded change of every page, newest first; on the same day, pages in reading order (by
 * name) and each page's later-written entry first.
 * @param jurisdictions All jurisdictions, in the dataset's (name) order.
 */
export function allPageChanges(jurisdictions: DataEntry<Jurisdiction>[]): PageChange[] {
	// `sort` is stable, so the reading order of pages survives among changes of the same day.
	return jurisdictions
		.flatMap(pageHistory)
		.sort((a, b) => b.change.date.localeCompare(a.change.date));
}

/** One item of the RSS feed of changes, with absolute addresses. */
export interface ChangeFeedItem {
	/** `<jurisdiction>: <summary>`. */
	title: string;
	/** The page's history section. */
	link: string;
	/** The change's own item on the page, unique per change and never reused. */
	guid: string;
	pubDate: Date;
	description: string;
	categories: string[];
}

/** The language a feed is written in: its pages' addresses and dates, and its words for the kinds. */
export interface FeedLanguage {
	locale: Locale;
	/** A kind of change in words, e.g. "Correction" or "Corrección". */
	kindLabel: (kind: ChangeKind) => string;
}

/**
 * The items of the RSS feed of changes, newest first: one per change of every page. Each summary is
 * the page's own English sentence in either language; the rest follows `language`.
 * @param jurisdictions All jurisdictions, their names already in the feed's language.
 * @param site The site's origin, against which page paths are resolved.
 * @param language The feed's language.
 */
export function changeFeedItems(
	jurisdictions: DataEntry<Jurisdiction>[],
	site: string,
	{ locale, kindLabel }: FeedLanguage
): ChangeFeedItem[] {
	return allPageChanges(jurisdictions).map(({ jurisdiction, change, number }) => ({
		title: `${jurisdiction.data.name}: ${change.summary}`,
		link: new URL(pageHistoryPath(jurisdiction.id, locale), site).href,
		guid: new URL(changePath(jurisdiction.id, number, locale), site).href,
		// Changes are recorded by day only; midnight UTC keeps the date as written.
		pubDate: new Date(`${change.date}T00:00:00Z`),
		description: `${kindLabel(change.kind)}, ${formatDate(change.date, locale)}: ${change.summary}`,
		categories: [kindLabel(change.kind)],
	}));
}
