import Fuse from 'fuse.js/basic';
import { foldForSearch } from './fold';
import { RECORD_TYPES, type RecordType, type SearchRecord } from './record-types';

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
};

/** Where a query word was found in a record, best first, with what it adds to the score. */
const FIELD_COST = { name: 0, keys: 0.15, text: 0.35 } as const;
/** What a word costs when only a fuzzy correction of it was found (a typo). */
const CORRECTION_COST = 0.2;

interface Prepared {
	record: SearchRecord;
	title: string;
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
	return foldForSearch(text.slice(0, MAX_QUERY_LENGTH * 4))
		.slice(0, MAX_QUERY_LENGTH)
		.trim();
}

/** A searcher over a fixed set of records. */
export interface Searcher {
	search(query: unknown, limit?: number): SearchHit[];
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
		const title = foldForSearch(record.n);
		const keys = foldForSearch(`${record.k} ${record.c ?? ''}`);
		const text = foldForSearch(record.x);
		// Separators keep a word from matching across two fields.
		const all = `${title}\u0001${keys}\u0001${text}`;
		return {
			record,
			title,
			all,
			keysAt: title.length + 1,
			textAt: title.length + keys.length + 2,
			names: [record.n, ...record.k.split(' · ')].map(foldForSearch).filter(Boolean),
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

	return {
		search(raw, limit = 20) {
			const query = prepareQuery(raw);
			if (query.length < 2) return [];
			// Single letters (from "<b>" or initials) match almost everything and say nothing.
			const words = query
				.split(' ')
				.filter((w) => w.length > 1 || /\d/.test(w))
				.slice(0, MAX_QUERY_WORDS);
			if (words.length === 0) return [];
			const wordForms = words.map(formsOf);
			const phrase = words.join(' ');
			const terms = [...new Set(wordForms.flat().map((f) => f.form))];
			const scored: { p: Prepared; score: number }[] = [];
			for (const p of prepared) {
				let score = p.penalty;
				if (p.names.includes(phrase)) score -= 1;
				else if (p.title.startsWith(phrase)) score -= 0.3;
				else if (p.title.includes(phrase)) score -= 0.2;
				let matched = true;
				for (const forms of wordForms) {
					let best = Infinity;
					for (const { form, corrected } of forms) {
						const at = p.all.indexOf(form);
						if (at === -1) continue;
						const field =
							at < p.keysAt ? FIELD_COST.name : at < p.textAt ? FIELD_COST.keys : FIELD_COST.text;
						best = Math.min(best, field + (corrected ? CORRECTION_COST : 0));
					}
					if (best === Infinity) {
						matched = false;
						break;
					}
					score += best / words.length;
				}
				if (!matched) continue;
				// Shorter titles are closer matches to the same words ("Chicago" before "Chicago: History").
				score += Math.min(p.title.length, 120) / 2400;
				scored.push({ p, score });
			}
			let candidates = scored;
			if (scored.length > SORT_WINDOW) {
				const cutoff = Float64Array.from(scored, (s) => s.score).sort()[SORT_WINDOW - 1]!;
				candidates = scored.filter((s) => s.score <= cutoff);
			}
			candidates.sort((a, b) => a.score - b.score || a.p.typeRank - b.p.typeRank);
			const hits: SearchHit[] = candidates.map(({ p, score }) => ({
				record: p.record,
				score,
				terms,
			}));
			// One result per target: several paragraphs of one section would crowd the list.
			const seen = new Set<string>();
			return hits.filter((h) => !seen.has(h.record.u) && !!seen.add(h.record.u)).slice(0, limit);
		},
	};
}
