/** What the timeline filter shows, as read from its URL. */
export interface TimelineState {
	/** A jurisdiction id, or '' for all. */
	j: string;
	/** An event kind, or '' for all. */
	kind: string;
	/** Plain-language problems with the URL; the rest of it still applies. */
	problems: string[];
}

/**
 * Parses the timeline's query string (`?j=chicago&kind=court-ruling`) against the ids the page
 * offers. Unknown values are dropped and reported in words; it never throws.
 * @param search The query string, with or without `?`.
 * @param known The jurisdiction ids and event kinds the filter's menus offer.
 * @param unknown Says that a value was ignored, in the page's language (English by default).
 */
export function parseTimelineState(
	search: string,
	known: { jurisdictions: readonly string[]; kinds: readonly string[] },
	unknown: (what: 'j' | 'kind', value: string) => string = (what, value) =>
		`Unknown ${what === 'j' ? 'jurisdiction' : 'kind of event'} “${value}” was ignored; all are shown.`
): TimelineState {
	const params = new URLSearchParams(search);
	const problems: string[] = [];
	const pick = (name: 'j' | 'kind', allowed: readonly string[]) => {
		const value = params.get(name) ?? '';
		if (value && !allowed.includes(value)) {
			problems.push(unknown(name, value));
			return '';
		}
		return value;
	};
	return {
		j: pick('j', known.jurisdictions),
		kind: pick('kind', known.kinds),
		problems,
	};
}
