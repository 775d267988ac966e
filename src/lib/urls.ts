/**
 * Every internal URL and in-page anchor of the site, in one place, so a page that moves or an
 * anchor that is renamed changes here and nowhere else. Paths are root-relative with a trailing
 * slash, as Astro builds them.
 */

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
export function jurisdictionUrl(id: string, anchor?: string): string {
	return `/jurisdictions/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** A jurisdiction's policy card for one dimension. */
export function jurisdictionPolicyUrl(id: string, dimensionId: string): string {
	return jurisdictionUrl(id, policyAnchor(dimensionId));
}

/** A jurisdiction's embeddable page. */
export function jurisdictionEmbedUrl(id: string): string {
	return `/embed/jurisdictions/${id}/`;
}

/** A dimension's page: what each answer means and every jurisdiction's answer. */
export function policyPageUrl(dimensionId: string): string {
	return `/policies/${dimensionId}/`;
}

/** A dimension's map. */
export function mapUrl(dimensionId: string): string {
	return `/map/${dimensionId}/`;
}

/** A glossary term. */
export function glossaryUrl(termId: string): string {
	return `/glossary/#${termId}`;
}

/** An event on the timeline. */
export function timelineEventUrl(eventId: string): string {
	return `/timeline/#${eventAnchor(eventId)}`;
}

/** The page that lists every source of one kind, e.g. `/sources/news-report/`. */
export function sourcesKindUrl(kind: string): string {
	return `/sources/${kind}/`;
}

/** A source on the page of its kind. */
export function sourcePageUrl(sourceId: string, kind: string): string {
	return `${sourcesKindUrl(kind)}#${sourceAnchor(sourceId)}`;
}

/** One page of the comparison split by state, e.g. `/compare/state/il/` or `/compare/state/il/2/`. */
export function compareStateUrl(slug: string): string {
	return `/compare/state/${slug}/`;
}

/**
 * The answers file (see `compareData`) of a comparison page: the whole table's, or one state page's
 * when the comparison is split.
 */
export function compareAnswersUrl(slug?: string): string {
	return `/compare/answers/${slug ? slug.replace('/', '-') : 'all'}.json`;
}

/** The comparison of the places one outside body's list names, e.g. `/compare/list/doj-2025-08-list/`. */
export function compareListUrl(assessmentId: string): string {
	return `/compare/list/${assessmentId}/`;
}

/** The anchor of an assessment's entry (or of one of its lists) on the methodology page. */
export function assessmentAnchor(assessmentId: string, listId?: string): string {
	return `assessment-${assessmentId}${listId ? `-${listId}` : ''}`;
}

/** An assessment's entry, with what each of its lists means, on the methodology page. */
export function assessmentUrl(assessmentId: string, listId?: string): string {
	return `/about/#${assessmentAnchor(assessmentId, listId)}`;
}

/** The index of the sources pages, one per kind of document. */
export function sourcesIndexUrl(): string {
	return '/sources/';
}
