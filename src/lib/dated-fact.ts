import {
	DATE_MEANING_LABELS,
	type DateMeaning,
	type DatePrecision,
} from '../schemas/date-meaning-values';
import { formatDate } from './dates';
import { pageStrings } from './i18n/load';
import type { Locale } from './urls';

/** A date as a reader should see it: the day, month or year, and what the date is the date of. */
export interface DatedFact {
	/** The date cut to its precision, for a `<time datetime>` attribute (`2026-02`, `2019`). */
	iso: string;
	/** The date in words at its precision ("February 2026", "2019"). */
	date: string;
	/** What the date stands for ("took effect"), or a plain statement that this was not recorded. */
	meaning: string;
	/** Both together, for text cells, titles and downloads ("February 2026 (took effect)"). */
	text: string;
}

/** Said beside a date whose meaning the content does not record (the build rejects this for values). */
export const MEANING_NOT_RECORDED = 'what this date marks is not recorded';

/** What a date marks, in the reader's language (English from the schema's vocabulary). */
export function dateMeaningLabel(meaning: DateMeaning | undefined, locale: Locale = 'en'): string {
	if (locale === 'en') return meaning ? DATE_MEANING_LABELS[meaning] : MEANING_NOT_RECORDED;
	return pageStrings(locale)(meaning ? `date-meaning.${meaning}` : 'date-meaning.not-recorded');
}

/**
 * Cuts a `YYYY-MM-DD` date to its precision, so a month-precision date (written as the first of the
 * month) never reads as the 1st.
 * @param iso `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @param precision How precisely the date is known.
 */
export function isoAtPrecision(iso: string, precision: DatePrecision): string {
	if (precision === 'year') return iso.slice(0, 4);
	if (precision === 'month') return iso.slice(0, 7);
	return iso;
}

/** The precision a partial date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` carries by its length. */
export function precisionOf(iso: string): DatePrecision {
	if (iso.length <= 4) return 'year';
	if (iso.length <= 7) return 'month';
	return 'day';
}

/**
 * Formats a date with what it means and how precisely it is known; every view and download uses
 * this, so a date never appears without its meaning.
 * @param iso The date as stored.
 * @param meaning What the date is the date of; undefined when the content does not say.
 * @param precision Day (default), month or year.
 * @param locale The reader's language; the Spanish meanings come from content/i18n/es/ui.yaml.
 */
export function formatDatedFact(
	iso: string,
	meaning: DateMeaning | undefined,
	precision: DatePrecision = 'day',
	locale: Locale = 'en'
): DatedFact {
	const cut = isoAtPrecision(iso, precision);
	const date = formatDate(cut, locale);
	const label = dateMeaningLabel(meaning, locale);
	return { iso: cut, date, meaning: label, text: `${date} (${label})` };
}

/** The dates of a stretch of time during which a value held (a policy period). */
export interface DatedRange {
	/** First day; undefined when the start is before our records. */
	from: string | undefined;
	/** What `from` is the date of (signed, effective, …). */
	fromMeaning: DateMeaning | undefined;
	fromPrecision: DatePrecision;
	/** Last day; undefined for the current, open-ended value. */
	to: string | undefined;
	/** What `to` is the date of (repealed, ruling, …). */
	toMeaning: DateMeaning | undefined;
	toPrecision: DatePrecision;
}

/** Said in place of a start date that is not recorded. */
export const START_NOT_FOUND = 'Start date not found';

/** The start of a period with its meaning, or undefined when the start is not recorded. */
export function periodStart(range: DatedRange, locale: Locale = 'en'): DatedFact | undefined {
	return range.from
		? formatDatedFact(range.from, range.fromMeaning, range.fromPrecision, locale)
		: undefined;
}

/** The end of a period with its meaning, or undefined for a value that still holds. */
export function periodEnd(range: DatedRange, locale: Locale = 'en'): DatedFact | undefined {
	return range.to
		? formatDatedFact(range.to, range.toMeaning, range.toPrecision, locale)
		: undefined;
}

/**
 * A period in words, each end with its meaning: "March 2006 (took effect) – June 1, 2012 (repealed)".
 * @param range The period's dates.
 * @param openStart Said when the period began before our records.
 */
export function formatPeriod(range: DatedRange, openStart = 'Before our records start'): string {
	return `${periodStart(range)?.text ?? openStart} – ${periodEnd(range)?.text ?? 'today'}`;
}

/** Values that are answers about the record, not rules, so a missing start date is not news. */
const UNDATED_VALUES = new Set(['no-rule', 'not-found']);

/** What to say where a value's start date would be but is not recorded: nothing for "no rule" and "not found". */
export function missingStart(valueId: string, locale: Locale = 'en'): string {
	if (UNDATED_VALUES.has(valueId)) return '';
	return locale === 'en' ? START_NOT_FOUND : pageStrings(locale)('date.start-not-found');
}

/**
 * A one-line description of a table cell's value with the date it holds from, for cell tooltips:
 * "Judicial warrant required; since February 2026 (took effect)".
 * @param valueId The value's id (for "no rule" and "not found", a missing start date goes unsaid).
 * @param label The value in words.
 * @param range The period shown, or undefined when no recorded period covers the day.
 */
export function describeCell(
	valueId: string,
	label: string,
	range: DatedRange | undefined,
	locale: Locale = 'en'
): string {
	const start = range && periodStart(range, locale);
	if (start)
		return `${label}; ${locale === 'en' ? 'since' : pageStrings(locale)('date.since')} ${start.text}`;
	const missing = missingStart(valueId, locale);
	return range && missing ? `${label}; ${missing.toLowerCase()}` : label;
}
