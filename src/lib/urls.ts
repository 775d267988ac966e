/**
 * Every internal URL and in-page anchor of the site, in one place, so a page that moves or an
 * anchor that is renamed changes here and nowhere else. Paths are root-relative with a trailing
 * slash, as Astro builds them.
 */

/** The languages the site is published in; English is the default and has no path prefix. */
export const LOCALES = ['en', 'es'] as const;

/** One of the site's languages. */
export type Locale = (typeof LOCALES)[number];

/** The language pages are in when their path has no language prefix. */
export const DEFAULT_LOCALE: Locale = 'en';

/** A root-relative path in a language: `/about/` in Spanish is `/es/about/`; English is unchanged. */
export function localeUrl(path: string, locale: Locale = DEFAULT_LOCALE): string {
	return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The language of a page from its path (`/es/…` is Spanish, anything else English). */
export function pathLocale(pathname: string): Locale {
	return pathname === '/es' || pathname.startsWith('/es/') ? 'es' : DEFAULT_LOCALE;
}

/** A page's path with its language prefix removed, e.g. `/es/about/` → `/about/`. */
export function unlocalizedPath(pathname: string): string {
	const locale = pathLocale(pathname);
	return locale === DEFAULT_LOCALE ? pathname : pathname.slice(locale.length + 1) || '/';
}

/**
 * The pages published in every language, as unprefixed paths; `*` stands for one path segment. The
 * language switcher and the hreflang alternates link a counterpart only when it is listed here.
 */
export const TRANSLATED_PATHS = [
	'/',
	'/about/',
	'/policies/',
	'/policies/*/',
	'/compare/',
	'/compare/state/*/',
	'/compare/state/*/*/',
	'/compare/list/*/',
	'/compare/as-of/*/',
	'/data/',
	'/map/',
	'/map/*/',
	'/jurisdictions/',
	'/jurisdictions/*/',
	'/timeline/',
	'/glossary/',
	'/search/',
	'/sources/',
	'/sources/*/',
	'/sources/*/*/',
	'/changes/',
	'/changes/*/',
	'/corrections/',
	'/corrections/*/',
	'/ice-287g/',
	'/ice-287g/data/',
	'/ice-287g/unplaced/',
	'/ice-287g/lists/*/',
	'/ice-287g/states/*/',
] as const;

function isTranslated(path: string): boolean {
	return TRANSLATED_PATHS.some((pattern) =>
		new RegExp(`^${pattern.replaceAll('*', '[^/]+')}$`).test(path)
	);
}

/**
 * The same page in another language when it exists there, else undefined: `/policies/detainers/` in
 * Spanish is `/es/policies/detainers/`.
 * @param pathname The current page's path, with or without a language prefix.
 */
export function counterpartUrl(pathname: string, locale: Locale): string | undefined {
	const path = unlocalizedPath(pathname);
	return isTranslated(path) ? localeUrl(path, locale) : undefined;
}

/**
 * Where the language switcher points: the same page in the other language, or that language's home
 * page when the page is not translated yet.
 */
export function switcherUrl(pathname: string, locale: Locale): string {
	return counterpartUrl(pathname, locale) ?? localeUrl('/', locale);
}

/** The anchor of a jurisdiction's policy card for one dimension, e.g. `policy-detainers`. */
export function policyAnchor(dimensionId: string): string {
	return `policy-${dimensionId}`;
}

/** The anchor of a source in a source list, e.g. `source-doj-2017-04-letters`. */
export function sourceAnchor(sourceId: string): string {
	return `source-${sourceId}`;
}

/** The anchor of an event on the timeline, e.g. `event-2017-10-12-doj-letters`. */
export function eventAnchor(eventId: string): string {
	return `event-${eventId}`;
}

/** A jurisdiction's page, optionally at an anchor, e.g. `/jurisdictions/chicago/#policy-detainers`. */
export function jurisdictionUrl(id: string, anchor?: string, locale?: Locale): string {
	return localeUrl(`/jurisdictions/${id}/${anchor ? `#${anchor}` : ''}`, locale);
}

/** A jurisdiction's policy card for one dimension. */
export function jurisdictionPolicyUrl(id: string, dimensionId: string, locale?: Locale): string {
	return jurisdictionUrl(id, policyAnchor(dimensionId), locale);
}

/**
 * A jurisdiction's embeddable page. Embeds are not in `TRANSLATED_PATHS`: their canonical address is
 * the full page, which carries the hreflang pair, and they have no language switcher.
 */
export function jurisdictionEmbedUrl(id: string, locale?: Locale): string {
	return localeUrl(`/embed/jurisdictions/${id}/`, locale);
}

/** The comparison's embeddable page. */
export function compareEmbedUrl(locale?: Locale): string {
	return localeUrl('/embed/compare/', locale);
}

/** The log of every recorded change to the jurisdiction pages, newest first (its first page). */
export function changesUrl(locale?: Locale): string {
	return localeUrl('/changes/', locale);
}

/** The RSS feed of the same changes. */
export function changesFeedUrl(locale?: Locale): string {
	return localeUrl('/changes.xml', locale);
}

/** How errors are reported and corrections recorded, with the corrections so far (its first page). */
export function correctionsUrl(locale?: Locale): string {
	return localeUrl('/corrections/', locale);
}

/** A dimension's page: what each answer means and every jurisdiction's answer. */
export function policyPageUrl(dimensionId: string, locale?: Locale): string {
	return localeUrl(`/policies/${dimensionId}/`, locale);
}

/** A dimension's map. */
export function mapUrl(dimensionId: string, locale?: Locale): string {
	return localeUrl(`/map/${dimensionId}/`, locale);
}

/** A glossary term. */
export function glossaryUrl(termId: string, locale?: Locale): string {
	return localeUrl(`/glossary/#${termId}`, locale);
}

/** An event on the timeline. */
export function timelineEventUrl(eventId: string): string {
	return `/timeline/#${eventAnchor(eventId)}`;
}

/** The directory of one kind of source, by its publishers' letters, e.g. `/sources/news-report/`. */
export function sourcesKindUrl(kind: string, locale?: Locale): string {
	return localeUrl(`/sources/${kind}/`, locale);
}

/**
 * The letter a source is filed under on its kind's pages: the first letter of its publisher as the
 * site sorts it (accents dropped, so "Área" is under `a`), or `0-9` for a digit or anything else.
 * Fixed by the publisher alone, so a source keeps its address however many sources are added.
 */
export function publisherLetter(publisher: string): string {
	const first = publisher
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.charAt(0)
		.toLowerCase();
	return /[a-z]/.test(first) ? first : '0-9';
}

/** The sources of one kind whose publishers start with one letter, e.g. `/sources/news-report/n/`. */
export function sourcesLetterUrl(kind: string, letter: string, locale?: Locale): string {
	return `${sourcesKindUrl(kind, locale)}${letter}/`;
}

/** The anchor of a publisher's sources on its letter page, e.g. `publisher-new-york-times`. */
export function publisherAnchor(publisher: string): string {
	const slug = publisher
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `publisher-${slug || 'unnamed'}`;
}

/** A source's entry on the page of its kind and its publisher's letter. */
export function sourcePageUrl(
	source: { id: string; kind: string; publisher: string },
	locale?: Locale
): string {
	return `${sourcesLetterUrl(source.kind, publisherLetter(source.publisher), locale)}#${sourceAnchor(source.id)}`;
}

/** One page of the comparison split by state, e.g. `/compare/state/il/` or `/compare/state/il/2/`. */
export function compareStateUrl(slug: string, locale?: Locale): string {
	return localeUrl(`/compare/state/${slug}/`, locale);
}

/**
 * The answers file (see `compareData`) of a comparison page: the whole table's, or one state page's
 * when the comparison is split.
 */
export function compareAnswersUrl(slug?: string, locale?: Locale): string {
	return localeUrl(`/compare/answers/${slug ? slug.replace('/', '-') : 'all'}.json`, locale);
}

/** The comparison of every jurisdiction (or, when split, its national overview). */
export function compareUrl(locale?: Locale): string {
	return localeUrl('/compare/', locale);
}

/** The comparison as the recorded rules stood at the end of one year. */
export function compareAsOfUrl(year: number, locale?: Locale): string {
	return localeUrl(`/compare/as-of/${year}/`, locale);
}

/** The comparison of the places one outside body's list names, e.g. `/compare/list/doj-2025-08-list/`. */
export function compareListUrl(assessmentId: string, locale?: Locale): string {
	return localeUrl(`/compare/list/${assessmentId}/`, locale);
}

/** The anchor of an assessment's entry (or of one of its lists) on the methodology page. */
export function assessmentAnchor(assessmentId: string, listId?: string): string {
	return `assessment-${assessmentId}${listId ? `-${listId}` : ''}`;
}

/** An assessment's entry, with what each of its lists means, on the methodology page. */
export function assessmentUrl(assessmentId: string, listId?: string, locale?: Locale): string {
	return localeUrl(`/about/#${assessmentAnchor(assessmentId, listId)}`, locale);
}

/** The 287(g) section's landing page (ICE's newest list on the map), optionally at an anchor. */
export function ice287gUrl(anchor?: string, locale?: Locale): string {
	return localeUrl(`/ice-287g/${anchor ? `#${anchor}` : ''}`, locale);
}

/** The page of one ICE 287(g) list, by its id (`2026-05-18`, `pending-2025-07-18`). */
export function ice287gListUrl(listId: string, locale?: Locale): string {
	return localeUrl(`/ice-287g/lists/${listId}/`, locale);
}

/** A state's 287(g) page, by postal code, optionally at an anchor. */
export function ice287gStateUrl(state: string, anchor?: string, locale?: Locale): string {
	return localeUrl(`/ice-287g/states/${state.toLowerCase()}/${anchor ? `#${anchor}` : ''}`, locale);
}

/** A county's section on its state's 287(g) page. */
export function ice287gCountyUrl(state: string, fips: string, locale?: Locale): string {
	return ice287gStateUrl(state, `county-${fips}`, locale);
}

/** An agency's row on its state's 287(g) page. */
export function ice287gAgencyUrl(state: string, agencyId: string, locale?: Locale): string {
	return ice287gStateUrl(state, `agency-${agencyId}`, locale);
}

/** The 287(g) downloads and their codebook. */
export function ice287gDataUrl(locale?: Locale): string {
	return localeUrl('/ice-287g/data/', locale);
}

/** The rows of ICE's 287(g) lists that could not be placed in a county or state. */
export function ice287gUnplacedUrl(locale?: Locale): string {
	return localeUrl('/ice-287g/unplaced/', locale);
}

/** A download file, e.g. `/data/policies.csv`; the files are the same in every language. */
export function downloadFileUrl(tableId: string, format: 'csv' | 'json'): string {
	return `/data/${tableId}.${format}`;
}

/** A 287(g) download file, e.g. `/data/287g/agencies.csv`; the files are the same in every language. */
export function ice287gFileUrl(tableId: string, format: 'csv' | 'json'): string {
	return `/data/287g/${tableId}.${format}`;
}

/** The index of the sources pages, one per kind of document. */
export function sourcesIndexUrl(locale?: Locale): string {
	return localeUrl('/sources/', locale);
}

/**
 * A link in another language, keeping its fragment: `/glossary/#detainer` in Spanish is
 * `/es/glossary/#detainer`; a page not published in that language keeps its English link.
 */
export function counterpartHref(href: string, locale: Locale): string {
	const path = href.split('#')[0]!;
	const target = counterpartUrl(path, locale);
	return target ? `${target}${href.slice(path.length)}` : href;
}
