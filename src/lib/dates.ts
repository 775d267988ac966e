import type { Locale } from './urls';

/** The Intl locale each site language formats dates and numbers in (US English, US Spanish). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** One formatter per language and precision, made once: constructing Intl formatters is slow. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, withDay: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${withDay}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
			year: 'numeric',
			month: 'long',
			...(withDay ? { day: 'numeric' } : {}),
			// The stored day is a calendar day, not an instant: UTC keeps it from shifting.
			timeZone: 'UTC',
		});
		dateFormats.set(key, format);
	}
	return format;
}

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for readers in their language ("October 12, 2017",
 * "12 de octubre de 2017", "October 2017", "2017"), in UTC so no time zone can shift the day.
 * @param iso A date string in one of the three precisions.
 * @param locale The reader's language; English by default.
 */
export function formatDate(iso: string, locale: Locale = 'en'): string {
	// A build formats the same few thousand dates on every page; each is worked out once.
	const key = `${locale}:${iso}`;
	let text = formattedDates.get(key);
	if (text === undefined) formattedDates.set(key, (text = formatDateOnce(iso, locale)));
	return text;
}

/** Dates already formatted, by language and ISO text. */
const formattedDates = new Map<string, string>();

function formatDateOnce(iso: string, locale: Locale): string {
	const [year, month, day] = iso.split('-');
	if (!month) return year!;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
	if (Number.isNaN(date.getTime())) return iso;
	return dateFormat(locale, Boolean(day)).format(date);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A count or figure written for readers in their language ("1,234" in English, "1234" or "12 345" in Spanish as Intl writes it). */
export function formatNumber(value: number, locale: Locale = 'en'): string {
	let format = numberFormats.get(locale);
	if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale])));
	return format.format(value);
}

/** The year of a `YYYY[-MM[-DD]]` date, for author-date citations. */
export function yearOf(iso: string): string {
	return iso.slice(0, 4);
}

/** True when `text` is a real calendar day written `YYYY-MM-DD` (rejects `2017-02-30`). */
export function isRealDay(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const parsed = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/**
 * Formats a `YYYY-MM-DD` day at the precision it is known to: a month-precision date is written as
 * the first of its month, so only "February 2026" may be shown, never "February 1, 2026".
 * @param day `YYYY-MM-DD`.
 * @param precision `day`, `month` or `year`.
 */
export function formatDay(
	day: string,
	precision: 'day' | 'month' | 'year',
	locale: Locale = 'en'
): string {
	if (precision === 'year') return formatDate(day.slice(0, 4), locale);
	if (precision === 'month') return formatDate(day.slice(0, 7), locale);
	return formatDate(day, locale);
}
