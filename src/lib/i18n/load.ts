import { CONTENT_DIR } from '../content-dir';
import type { Locale } from '../urls';
import { readTranslations, type Translations } from './read-translations';
import { translator, type Translate } from './strings';
import { fillTerms } from './terms';
import { spanishPolicyText } from './policy-texts';
import { contentTextMemory } from './content-texts';
import type { LocalText } from './summary';
import type { ValueAnswer } from '../value-on-day';

let cached: Translations | undefined;

/**
 * The Spanish edition's text, read once per build. The build's content check has already stopped
 * on any problem in it, so pages can rely on every key being there.
 */
export function loadTranslations(): Translations {
	if (!cached) {
		const read = readTranslations(CONTENT_DIR);
		if (!read) throw new Error(`${CONTENT_DIR}/i18n/es: the Spanish edition's folder is missing`);
		cached = read.translations;
	}
	return cached;
}

/** Fills `[[term]]` references in Spanish content text from the terminology list. */
export function fillSpanishTerms(text: string): string {
	return fillTerms(text, loadTranslations().terms?.data ?? {});
}

/**
 * The string lookup for one page in one language: its table (`home`, `about`, …; none for pages
 * that only use the chrome), or several in lookup order when it shares another page's words (the
 * codebook uses the methodology's source kinds), over the shared chrome.
 */
export function pageStrings(locale: Locale, page?: string | string[]): Translate {
	const { tables, terms } = loadTranslations();
	const pages = page === undefined ? [] : [page].flat();
	return translator(
		[...pages.map((name) => tables.get(`pages/${name}`)?.data), tables.get('ui')?.data],
		terms?.data ?? {},
		locale,
		pages[0] ?? 'ui'
	);
}

/**
 * One of a jurisdiction's policy texts (a detail, what was searched) in the reader's language: the
 * Spanish translation on a Spanish page when one was made from this exact English, else the English.
 */
export function policyText(
	jurisdictionId: string,
	dimensionId: string,
	english: string,
	locale: Locale
): LocalText {
	if (locale === 'en') return { text: english, lang: 'en' };
	const file = loadTranslations().jurisdictions.get(jurisdictionId);
	return spanishPolicyText(english, file, dimensionId, fillSpanishTerms);
}

/**
 * An answer's detail in the reader's language: a coded period's detail through `policyText`; the
 * words for no record or not coded are the page's own and already in its language.
 */
export function answerDetail(
	jurisdictionId: string,
	answer: ValueAnswer,
	locale: Locale
): LocalText {
	return answer.period
		? policyText(jurisdictionId, answer.dimensionId, answer.detail, locale)
		: { text: answer.detail, lang: locale };
}

let memory: Map<string, string> | undefined;

/**
 * A content text outside the policy cards (an event, a source note, a jurisdiction's list results,
 * notes and history) in the reader's language: its Spanish on a Spanish page when a translation was
 * made from this exact English, else the English (the page marks it).
 * @param jurisdictionId The page the text belongs to, when it is a jurisdiction's: its own file's
 *   translation wins over the same English translated on another page.
 */
export function contentText(english: string, locale: Locale, jurisdictionId?: string): LocalText {
	if (locale === 'en') return { text: english, lang: 'en' };
	memory ??= contentTextMemory(loadTranslations());
	const own = jurisdictionId
		? loadTranslations()
				.jurisdictions.get(jurisdictionId)
				?.data.texts.find((pair) => pair.en === english)?.es
		: undefined;
	const spanish = own ?? memory.get(english);
	return spanish === undefined
		? { text: english, lang: 'en', fallback: 'missing' }
		: { text: fillSpanishTerms(spanish), lang: 'es' };
}
