const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * Formats `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for readers ("October 12, 2017", "October 2017", "2017"),
 * without going through `Date`, so no time zone can shift the day.
 * @param iso A date string in one of the three precisions.
 */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	if (!month) return year!;
	const monthName = MONTHS[Number(month) - 1] ?? month;
	if (!day) return `${monthName} ${year}`;
	return `${monthName} ${Number(day)}, ${year}`;
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
export function formatDay(day: string, precision: 'day' | 'month' | 'year'): string {
	if (precision === 'year') return formatDate(day.slice(0, 4));
	if (precision === 'month') return formatDate(day.slice(0, 7));
	return formatDate(day);
}
