import type { Terms } from '../../schemas/i18n';

/** A reference to the terminology list inside Spanish text: `[[detainer]]` or `[[detainer|short]]`. */
const TERM_REF = /\[\[([a-z0-9.-]+)(\|short)?\]\]/g;

/** The term ids a text refers to, for the check that each exists. */
export function termRefs(text: string): string[] {
	return [...text.matchAll(TERM_REF)].map((match) => match[1]!);
}

/**
 * Puts the terminology list's wording in place of each `[[id]]` (the full form) or `[[id|short]]`
 * (the short form, or the full one when the term has none), so every Spanish page names a concept
 * the same way. An unknown id is left as written; the translation check reports it.
 */
export function fillTerms(text: string, terms: Terms): string {
	return text.replace(TERM_REF, (whole, id: string, short?: string) => {
		const term = terms[id];
		if (!term) return whole;
		return short ? (term.short ?? term.es) : term.es;
	});
}
