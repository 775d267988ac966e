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
	/** Problems with the URL, worded by the page in its language; the rest of it still applies. */
	problems: CompareProblem[];
}

/**
 * One problem with the comparison page's URL: which kind (a key of the page's string table under
 * `problem.`) and the text or number it is about. The page words it, so the parser stays free of
 * any one language.
 */
export interface CompareProblem {
	key: 'jurisdiction' | 'too-many' | 'sort' | 'state' | 'kind' | 'date' | 'filter';
	value: string | number;
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
 * kind=city&v=detainers:not-honoured`). Unknown or malformed parts are dropped and reported as
 * problems for the page to word; it never throws.
 * @param search The query string, with or without `?`.
 * @param vocabulary The ids the dataset knows.
 */
export function parseCompareState(search: string, vocabulary: CompareVocabulary): CompareState {
	const params = new URLSearchParams(search);
	const problems: CompareProblem[] = [];
	const selected: string[] = [];
	for (const id of (params.get('j') ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		if (!vocabulary.jurisdictions.includes(id)) problems.push({ key: 'jurisdiction', value: id });
		else if (!selected.includes(id)) selected.push(id);
	}
	if (selected.length > MAX_SELECTED) {
		problems.push({ key: 'too-many', value: MAX_SELECTED });
		selected.length = MAX_SELECTED;
	}
	const pick = (name: 'sort' | 'state' | 'kind', allowed: readonly string[]) => {
		const value = params.get(name) ?? '';
		if (value && !allowed.includes(value)) {
			problems.push({ key: name, value });
			return '';
		}
		return value;
	};
	let date = (params.get('date') ?? '').trim();
	if (date && !isRealDay(date)) {
		problems.push({ key: 'date', value: date });
		date = '';
	}
	const sort = pick('sort', [...vocabulary.dimensions.keys()]);
	const state = pick('state', vocabulary.states);
	const kind = pick('kind', vocabulary.kinds);
	const values = new Map<string, string>();
	for (const pair of params.getAll('v')) {
		const [dimension = '', value = ''] = pair.split(':');
		if (vocabulary.dimensions.get(dimension)?.includes(value)) values.set(dimension, value);
		else problems.push({ key: 'filter', value: pair });
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

/**
 * The keys (in the comparison's string table) of everything the comparison script says, which the
 * page hands it in its own language: each problem of `CompareProblem`, the live status and the
 * side-by-side view's words.
 */
export const COMPARE_SCRIPT_KEYS = [
	'problem.jurisdiction',
	'problem.too-many',
	'problem.sort',
	'problem.state',
	'problem.kind',
	'problem.date',
	'problem.filter',
	'status.shown',
	'status.as-of',
	'status.sorted',
	'status.max',
	'side.pick-more',
	'side.caption',
	'side.dimension',
	'side.compare',
	'side.same',
	'side.different',
	'side.since',
	'side.sources',
] as const;

/** What the comparison script says, by key: `COMPARE_SCRIPT_KEYS` and the table's caption. */
export type CompareWords = Record<(typeof COMPARE_SCRIPT_KEYS)[number] | 'caption', string>;
