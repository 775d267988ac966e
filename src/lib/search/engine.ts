import Fuse from 'fuse.js/basic';
import { foldForSearch } from './fold';
import { MIN_QUERY_LENGTH, RECORD_TYPES, type RecordType, type SearchRecord } from './record-types';

/** One ranked result. */
export interface SearchHit {
	record: SearchRecord;
	/** Lower is better. */
	score: number;
	/** The words to highlight: the query's words plus the corrections that matched ("detainer" for "detainr"). */
	terms: string[];
}

/** The longest query we search for; the rest of a pasted essay is ignored, keeping time bounded. */
export const MAX_QUERY_LENGTH = 64;
/** The most words of a query that count; more add nothing but time. */
const MAX_QUERY_WORDS = 6;

/** Added to the score so that, at equal relevance, a jurisdiction outranks a passing mention. */
const TYPE_PENALTY: Record<RecordType, number> = {
	jurisdiction: 0,
	dimension: 0.02,
	glossary: 0.02,
	person: 0.04,
	policy: 0.05,
	section: 0.08,
	event: 0.1,
	source: 0.12,
	// ICE's 287(g) list entries: many, and ICE's statements rather than this site's pages.
	ice287g: 0.14,
};

/** Where a query word was found in a record, best first, with what it adds to the score. */
const FIELD_COST = { name: 0, keys: 0.15, text: 0.35 } as const;
/** What a word found in the name of a law a policy rests on costs: less than a title match. */
const LAW_COST = -0.3;
/** What a word costs when only a fuzzy correction of it was found (a typo). */
const CORRECTION_COST = 0.2;
/**
 * What a word costs when only another form of it was found (the singular of a plural, a synonym):
 * "Sessions" (the attorney general) should find "v. Sessions" before a bill of a "2026 Regular Session".
 */
const VARIANT_COST = 0.1;

interface Prepared {
	record: SearchRecord;
	title: string;
	/** Where the names of the laws a policy rests on start in `all` (Infinity when it has none). */
	lawsAt: number;
	/** Title, keys and text joined, so one `indexOf` per word finds a match and its field. */
	all: string;
	/** Where the keys and the text start in `all`. */
	keysAt: number;
	textAt: number;
	/** Title and each alias, folded, for exact-name matches. */
	names: string[];
	/** Type penalty and position, precomputed for sorting. */
	penalty: number;
	typeRank: number;
}

/** How many candidates are fully sorted; the rest are cut by score first (a numeric sort is cheap). */
const SORT_WINDOW = 200;

/** Folds and bounds a raw query; empty when nothing searchable is left. */
export function prepareQuery(raw: unknown): string {
	const text = typeof raw === 'string' ? raw : '';
	// Markup pasted into the box is not what anyone searches for: drop scripts and tags, keep text.
	const plain = text
		.slice(0, MAX_QUERY_LENGTH * 4)
		.replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
		.replace(/<\/?[a-z][^>]*>?/gi, ' ');
	return foldForSearch(plain).slice(0, MAX_QUERY_LENGTH).trim();
}

/** Hits plus the query words that matched nothing anywhere and were left out. */
export interface SearchResult {
	hits: SearchHit[];
	/** Words of the query found in no record; the hits are for the other words. */
	ignored: string[];
}

/** A searcher over a fixed set of records. */
export interface Searcher {
	search(query: unknown, limit?: number): SearchHit[];
	/** The same search, saying which words were left out because nothing matched them. */
	searchDetailed(query: unknown, limit?: number): SearchResult;
}

/**
 * Question and filler words: they never decide whether a record matches, so "which cities refuse ICE
 * detainers" and "does Philadelphia honor detainers" search for their content words.
 */
const FILLER = new Set(
	'a an and are at be by can could did do does for from has have how i if in is it its me my of on or should the their there they this to was were what when where which who why will with would policy policies'.split(
		' '
	)
);
// The Spanish edition's readers ask the same way: "¿qué ciudades atienden las solicitudes de retención?".
for (const word of 'al como con cual cuales de del donde el en es la las lo los para por que se su sus un una y politica politicas'.split(
	' '
))
	FILLER.add(word);
/** Words of the site's topic that appear nearly everywhere: they count, but less than a place or a rule. */
const WEAK = new Set([
	'sanctuary',
	'immigration',
	'immigrant',
	'immigrants',
	'ice',
	'enforcement',
	'federal',
]);

/** Spellings and word forms a reader types for the words the site uses. */
const VARIANTS = new Map<string, string[]>(
	Object.entries({
		honor: ['honour'],
		honors: ['honour'],
		honored: ['honour'],
		honoring: ['honour'],
		refuse: ['declin', 'not honour'],
		refuses: ['declin', 'not honour'],
		decline: ['declin', 'not honour'],
		declines: ['declin', 'not honour'],
		ignore: ['declin', 'not honour'],
		hold: ['detainer'],
		holds: ['detainer'],
		jails: ['jail'],
		cops: ['police'],
		cities: ['city'],
		counties: ['county'],
		states: ['state'],
		// Spanish words a reader types for the Spanish edition's terms ("puesta en libertad").
		liberacion: ['libertad'],
	})
);

/** Other forms of a query word: known variants, and the singular of a plural. */
function variantsOf(word: string): string[] {
	const forms = [...(VARIANTS.get(word) ?? [])];
	if (word.length > 4 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
	else if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss'))
		forms.push(word.slice(0, -1));
	// Spanish plurals add "-es" ("detenciones", "solicitudes").
	if (word.length > 6 && word.endsWith('es')) forms.push(word.slice(0, -2));
	return forms.filter((f) => f !== word);
}

/** A folded query's words: all of them, and the content words that decide a match. */
function queryWords(query: string): { all: string[]; words: string[] } {
	// Single letters (from "<b>" or initials) match almost everything and say nothing.
	const all = query
		.split(' ')
		.filter((w) => w.length > 1 || /\d/.test(w))
		.slice(0, MAX_QUERY_WORDS * 2);
	// Question and filler words ("which", "does") never decide whether a record matches.
	const content = all.filter((w) => !FILLER.has(w)).slice(0, MAX_QUERY_WORDS);
	return { all, words: content.length > 0 ? content : all.slice(0, MAX_QUERY_WORDS) };
}

/**
 * Each content word of a search for `raw` with its known variants ("refuse" → "declin", "honour"),
 * before typo correction, so a sharded index can fetch what the query needs; a variant of several
 * words counts by its last, most telling word.
 */
export function searchedForms(raw: unknown): string[][] {
	const query = prepareQuery(raw);
	if (query.length < MIN_QUERY_LENGTH) return [];
	const { words } = queryWords(query);
	return words.map((w) => [...new Set([w, ...variantsOf(w).map((f) => f.split(' ').at(-1)!)])]);
}

/**
 * Builds the searcher. Fuse handles typos where they are cheap to handle: each query word is
 * matched fuzzily against the index's vocabulary ("chicgo" → "chicago"); records are then matched by
 * folded substring on every field, so a hit anywhere in a long paragraph counts without fuse scanning
 * long text. Exact names rank first, then matches in titles, then aliases, then text; record types
 * break near-ties.
 * @param records The records from the generated index.
 */
export function createSearcher(records: SearchRecord[]): Searcher {
	const prepared: Prepared[] = records.map((record) => {
		// A policy's laws are searched as part of its name: the card is what a law's name should find.
		const name = foldForSearch(record.n);
		const title = record.l ? `${name} ${foldForSearch(record.l)}` : name;
		const keys = foldForSearch(`${record.k} ${record.c ?? ''}`);
		const text = foldForSearch(record.x);
		// Separators keep a word from matching across two fields.
		const all = `${title}\u0001${keys}\u0001${text}`;
		return {
			record,
			title,
			lawsAt: record.l ? name.length + 1 : Infinity,
			all,
			keysAt: title.length + 1,
			textAt: title.length + keys.length + 2,
			// A person is found by surname alone ("Preckwinkle") as surely as by full name.
			names: [
				record.n,
				...record.k.split(' · '),
				...(record.y === 'person' ? [record.n.split(' ').at(-1) ?? ''] : []),
			]
				.map(foldForSearch)
				.filter(Boolean),
			penalty: TYPE_PENALTY[record.y],
			typeRank: RECORD_TYPES.indexOf(record.y),
		};
	});
	const vocabulary = [...new Set(prepared.flatMap((p) => p.all.split(/[ \u0001]/)))]
		.filter((word) => word.length >= 3)
		.sort();
	// A typo changes a word's length by a character or two and rarely its first letter, so fuse
	// first looks only at words with the same first letter and a nearby length (a few dozen short
	// strings), and at every word of nearby length only when that finds nothing.
	const fuzzyCache = new Map<string, Fuse<string>>();
	const fuzzyFor = (word: string, sameFirstLetter: boolean) => {
		const key = `${sameFirstLetter ? word[0] : '*'}${word.length}`;
		let fuse = fuzzyCache.get(key);
		if (!fuse) {
			const candidates = vocabulary.filter(
				(v) =>
					v.length >= word.length - 1 &&
					v.length <= word.length + 2 &&
					(!sameFirstLetter || v[0] === word[0])
			);
			fuse = new Fuse(candidates, { includeScore: true, ignoreLocation: true, threshold: 0.34 });
			fuzzyCache.set(key, fuse);
		}
		return fuse;
	};
	/** True when some vocabulary word starts with `prefix` (binary search over the sorted list). */
	const isKnownPrefix = (prefix: string) => {
		let low = 0;
		let high = vocabulary.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (vocabulary[mid]! < prefix) low = mid + 1;
			else high = mid;
		}
		return vocabulary[low]?.startsWith(prefix) ?? false;
	};

	/** The forms of a query word to look for: itself, plus corrections when it is not a known word. */
	const formsOf = (word: string): { form: string; corrected: boolean }[] => {
		const forms = [{ form: word, corrected: false }];
		if (word.length < 4 || isKnownPrefix(word)) return forms;
		let corrections = fuzzyFor(word, true).search(word, { limit: 3 });
		if (corrections.length === 0) corrections = fuzzyFor(word, false).search(word, { limit: 3 });
		for (const hit of corrections) forms.push({ form: hit.item, corrected: true });
		return forms;
	};

	/** Records that belong to a place's page, found from the place's own record. */
	const placeOf = (p: Prepared) => /^\/jurisdictions\/[^/]+\//.exec(p.record.u)?.[0];
	const places = prepared.filter((p) => p.record.y === 'jurisdiction');
	const questions = prepared.filter((p) => p.record.y === 'dimension');
	/** Records that a word lends itself to, by target, with the cheapest cost it was found at. */
	const lend = (
		into: Map<string, Map<number, number>>,
		key: string,
		index: number,
		cost: number
	) => {
		let words = into.get(key);
		if (!words) into.set(key, (words = new Map()));
		words.set(index, Math.min(words.get(index) ?? Infinity, cost));
	};

	/** Where a form is found in a record: the field's cost, or Infinity. Short forms must start a word. */
	const costIn = (p: Prepared, form: string): number => {
		let at = p.all.indexOf(form);
		if (form.length <= 3) {
			while (at > 0 && !/[ \u0001]/.test(p.all[at - 1]!)) at = p.all.indexOf(form, at + 1);
		}
		if (at === -1) return Infinity;
		// A card that rests on the law a reader names is what they are looking for, more than a
		// timeline entry or a source that mentions it.
		if (at >= p.lawsAt && at < p.keysAt)
			return /[ \u0001]/.test(p.all[at - 1] ?? ' ') ? LAW_COST : FIELD_COST.name;
		return at < p.keysAt ? FIELD_COST.name : at < p.textAt ? FIELD_COST.keys : FIELD_COST.text;
	};

	const searchDetailed = (raw: unknown, limit = 20): SearchResult => {
		const none: SearchResult = { hits: [], ignored: [] };
		const query = prepareQuery(raw);
		if (query.length < MIN_QUERY_LENGTH) return none;
		const { all, words } = queryWords(query);
		if (words.length === 0) return none;
		const wordForms = words.map((w) => [
			...formsOf(w),
			...variantsOf(w).map((form) => ({ form, corrected: false, variant: true })),
		]);
		// Topic words ("sanctuary", "ICE") are everywhere: they break ties but never outweigh a place.
		const weights = words.map((w) => (WEAK.has(w) ? 0 : 1));
		const phrase = words.join(' ');
		const typed = all.join(' ');
		const strongPhrase = words.filter((w) => !WEAK.has(w)).join(' ');
		const terms = [...new Set(wordForms.flat().map((f) => f.form))];
		// A typo inside a multi-word name ("sancturay city") still finds that name once each word is
		// read as one of its corrections; a few combinations are enough for a short name.
		const correctedPhrases = new Set(
			wordForms.reduce<string[]>(
				(heads, forms) =>
					heads
						.flatMap((head) => forms.slice(0, 4).map((f) => (head ? `${head} ${f.form}` : f.form)))
						.slice(0, 32),
				['']
			)
		);

		// A place named in the query lends its name to every record of its page, so "NYC jail access"
		// finds New York City's jail-access card although the card itself never says "NYC".
		const placeWords = new Map<string, Map<number, number>>();
		for (const place of places) {
			wordForms.forEach((forms, index) => {
				for (const { form, corrected } of forms) {
					if (!place.names.some((name) => name.split(' ').includes(form))) continue;
					lend(
						placeWords,
						place.record.u,
						index,
						FIELD_COST.keys + (corrected ? CORRECTION_COST : 0)
					);
				}
			});
		}

		// Likewise a question's words ("honor", "hold") lend themselves to every answer to it; a word's
		// other form costs the answers what it costs the question ("liberación" → "libertad").
		const questionWords = new Map<string, Map<number, number>>();
		for (const question of questions) {
			const id = question.record.u.split('/')[2]!;
			wordForms.forEach((forms, index) => {
				for (const f of forms) {
					if (costIn(question, f.form) === Infinity) continue;
					const extra = f.corrected ? CORRECTION_COST : 'variant' in f ? VARIANT_COST : 0;
					lend(questionWords, id, index, FIELD_COST.keys + extra);
				}
			});
		}

		const known = words.map(() => false);
		const scored: { p: Prepared; coverage: number; score: number }[] = [];
		for (const p of prepared) {
			let score = p.penalty;
			const place = placeOf(p);
			const lent = place ? placeWords.get(place) : undefined;
			// The query's words besides the place's names ("detainers" in "Filadelfia detainers").
			const rest = lent ? words.filter((_, i) => !lent.has(i)).join(' ') : '';
			if (p.names.includes(query) || p.names.includes(typed) || p.names.includes(phrase))
				score -= 1;
			// A card named for the rest of a query that names its place by an alias or in Spanish.
			else if (rest && rest !== phrase && p.names[0]!.endsWith(` ${rest}`)) score -= 0.5;
			else if (strongPhrase && strongPhrase !== phrase && p.names.includes(strongPhrase))
				score -= 0.5;
			else if (words.length > 1 && p.names.some((name) => correctedPhrases.has(name))) score -= 0.5;
			else if (p.title.startsWith(phrase)) score -= 0.3;
			else if (p.title.includes(phrase)) score -= 0.2;
			const answers = /#policy-(.+)$/.exec(p.record.u)?.[1];
			const asked = answers ? questionWords.get(answers) : undefined;
			let coverage = 0;
			let cost = 0;
			wordForms.forEach((forms, index) => {
				let best = Infinity;
				for (const form of forms) {
					const cost = costIn(p, form.form);
					const inexact = form.corrected || ('variant' in form && form.variant);
					// A typo's correction or a word's other form found in a law's name is worth no more
					// than one in a title: a law's name outranks a title only for the words it says.
					const found = inexact && cost === LAW_COST ? FIELD_COST.name : cost;
					const extra = form.corrected ? CORRECTION_COST : inexact ? VARIANT_COST : 0;
					best = Math.min(best, found + extra);
				}
				best = Math.min(best, lent?.get(index) ?? Infinity, asked?.get(index) ?? Infinity);
				if (best === Infinity) return;
				known[index] = true;
				coverage += weights[index]!;
				if (weights[index] === 0) best -= 0.05;
				cost += best;
			});
			if (coverage === 0) continue;
			score += cost / words.length;
			// Shorter titles are closer matches to the same words ("Chicago" before "Chicago: History").
			score += Math.min(p.record.n.length, 120) / 2400;
			scored.push({ p, coverage, score });
		}
		// Records covering more of the query's words come first; then fields, then types.
		const rank = (s: { coverage: number; score: number }) => s.score - s.coverage * 10;
		let candidates = scored;
		if (scored.length > SORT_WINDOW) {
			const cutoff = Float64Array.from(scored, rank).sort()[SORT_WINDOW - 1]!;
			candidates = scored.filter((s) => rank(s) <= cutoff);
		}
		candidates.sort((a, b) => rank(a) - rank(b) || a.p.typeRank - b.p.typeRank);
		const hits: SearchHit[] = candidates.map((c) => ({
			record: c.p.record,
			score: rank(c),
			terms,
		}));
		// One result per target: several paragraphs of one section would crowd the list.
		const seen = new Set<string>();
		return {
			hits: hits.filter((h) => !seen.has(h.record.u) && !!seen.add(h.record.u)).slice(0, limit),
			ignored: hits.length > 0 ? words.filter((_, index) => !known[index]) : [],
		};
	};

	return {
		search: (raw, limit) => searchDetailed(raw, limit).hits,
		searchDetailed,
	};
}
