import type { StringTable, Terms } from '../../schemas/i18n';
import type { Locale } from '../urls';
import { fillPlaceholders } from './placeholders';
import { fillTerms } from './terms';

/** Looks up one interface string by key in the reader's language. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * The string lookup for one page: its own table first, then the shared chrome (`ui`), with
 * terminology references filled in and `{name}` placeholders replaced by `vars`. A key in neither
 * table stops the build naming the page and the key, since a Spanish page must never show a gap.
 * @param tables The page's table and the chrome table, in lookup order.
 * @param page The page's name, for the error.
 */
export function translator(
	tables: (StringTable | undefined)[],
	terms: Terms,
	locale: Locale,
	page: string
): Translate {
	return (key, vars = {}) => {
		const pair = tables.find((table) => table?.[key])?.[key];
		const text = locale === 'en' ? pair?.en : pair?.es;
		if (!text)
			throw new Error(`${page} → ${key}: no ${locale === 'en' ? 'English' : 'Spanish'} text`);
		return fillPlaceholders(fillTerms(text, terms), vars);
	};
}

/** One plural rule set per language, made once. */
const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The key of a count's wording for `n` by the language's plural rules: `count.one` for 1, else
 * `count.other` (tables hold both forms, so "1 jurisdicción" and "2 jurisdicciones" read right).
 */
export function pluralKey(key: string, n: number, locale: Locale): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
	return `${key}.${rules.select(n) === 'one' ? 'one' : 'other'}`;
}
