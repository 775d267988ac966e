/**
 * The shape of the browser's answers file and its look-up, free of build-only imports so the
 * comparison script can bundle it.
 */

/** One answer as the browser shows it, holding from `from` until the next segment's `from`. */
export interface AnswerSegment {
	/** First day the answer holds, `YYYY-MM-DD`; empty for "every day before the next segment". */
	from: string;
	/** The value id, or `unrecorded` when coded but no recorded period covers these days. */
	value: string;
	label: string;
	rank: number;
	detail: string;
	/** The detail's language when it is not the page's (English not yet translated on a Spanish page). */
	detailLang?: string;
	since: string;
	/** The cell's tooltip: the value with since when it holds and what that date marks. */
	title: string;
	status: string;
	sources: { href: string; label: string }[];
}

/**
 * The one JSON shape the browser gets: for every jurisdiction and dimension, the answers of
 * `valueOnDay` over time, so the date control and the side-by-side view look answers up instead of
 * working them out again.
 */
export interface CompareData {
	/** The build day, `YYYY-MM-DD`: the day the server-rendered table shows. */
	today: string;
	dimensions: { id: string; title: string }[];
	jurisdictions: { id: string; name: string; cells: AnswerSegment[][] }[];
}

/**
 * The answer that holds on `day` in one cell's segments (they are in ascending `from` order).
 * @param segments One jurisdiction's segments on one dimension.
 * @param day `YYYY-MM-DD`.
 */
export function segmentOn(segments: AnswerSegment[], day: string): AnswerSegment {
	let found = segments[0]!;
	for (const segment of segments) if (segment.from <= day) found = segment;
	return found;
}
