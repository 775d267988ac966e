import { isRealDay } from './dates';

/** What the comparison page shows, as read from its URL. */
export interface CompareState {
	/** The day values are shown as of (`YYYY-MM-DD`), or '' for today. */
	date: string;
	/** Jurisdiction ids to show side by side (2 to 4), in the order given. */
	selected: string[];
	/** Column to sort rows by (a dimension id), or '' for name order. */
	sort: string;
	state: string;
	kind: string;
	/** Dimension id → value id the rows must have. */
	values: Record<string, string>;
	/** Plain-language problems with the URL; the rest of it still applies. */
	problems: string[];
}

/** What the URL may name: known ids, so nothing unknown is ever used. */
export interface CompareVocabulary {
	jurisdictions: string[];
	states: string[];
	kinds: string[];
	/** Dimension id → its value ids. A Map: URL text is never used as a key of a plain object. */
	dimensions: ReadonlyMap<string, readonly string[]>;
}

/** Side by side shows at most this many jurisdictions. */
export const MAX_SELECTED = 4;

/**
 * Parses the comparison page's query string (`?j=new-york-city,chicago&sort=detainers&state=IL&
 * kind=city&v=detainers:not-honoured`). Unknown or malformed parts are dropped and reported in
 * words; it never throws.
 * @param search The query string, with or without `?`.
 * @param vocabulary The ids the dataset knows.
 */
export function parseCompareState(search: string, vocabulary: CompareVocabulary): CompareState {
	const params = new URLSearchParams(search);
	const problems: string[] = [];
	const selected: string[] = [];
	for (const id of (params.get('j') ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		if (!vocabulary.jurisdictions.includes(id)) problems.push(`No jurisdiction is called “${id}”.`);
		else if (!selected.includes(id)) selected.push(id);
	}
	if (selected.length > MAX_SELECTED) {
		problems.push(
			`Side by side shows at most ${MAX_SELECTED} jurisdictions; the first ${MAX_SELECTED} are shown.`
		);
		selected.length = MAX_SELECTED;
	}
	const pick = (name: string, allowed: readonly string[], what: string) => {
		const value = params.get(name) ?? '';
		if (value && !allowed.includes(value)) {
			problems.push(`Unknown ${what} “${value}” was ignored.`);
			return '';
		}
		return value;
	};
	let date = (params.get('date') ?? '').trim();
	if (date && !isRealDay(date)) {
		problems.push(`“${date}” is not a date written as YYYY-MM-DD; today’s values are shown.`);
		date = '';
	}
	const sort = pick('sort', [...vocabulary.dimensions.keys()], 'column to sort by');
	const state = pick('state', vocabulary.states, 'state');
	const kind = pick('kind', vocabulary.kinds, 'kind of jurisdiction');
	const values = new Map<string, string>();
	for (const pair of params.getAll('v')) {
		const [dimension = '', value = ''] = pair.split(':');
		if (vocabulary.dimensions.get(dimension)?.includes(value)) values.set(dimension, value);
		else problems.push(`Unknown filter “${pair}” was ignored.`);
	}
	// Keys are known dimension ids only; fromEntries defines them, so even "__proto__" stays data.
	return { date, selected, sort, state, kind, values: Object.fromEntries(values), problems };
}

/**
 * Writes a state back to a query string (without `?`), omitting defaults, so URLs stay short and
 * shareable.
 */
export function formatCompareState(state: Omit<CompareState, 'problems'>): string {
	const params = new URLSearchParams();
	if (state.date) params.set('date', state.date);
	if (state.selected.length > 0) params.set('j', state.selected.join(','));
	if (state.sort) params.set('sort', state.sort);
	if (state.state) params.set('state', state.state);
	if (state.kind) params.set('kind', state.kind);
	for (const [dimension, value] of Object.entries(state.values))
		params.append('v', `${dimension}:${value}`);
	return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
