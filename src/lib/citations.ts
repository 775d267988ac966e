import type { Citation } from '../schemas/citation';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { Source } from '../schemas/source';
import type { DataEntry, Dataset } from './dataset-types';
import { bodyCitations } from './validate-dataset';
import { pageStrings } from './i18n/load';
import { localizeJurisdiction } from './i18n/localize';
import { jurisdictionUrl, localeUrl, type Locale } from './urls';

/** Every citation in a jurisdiction's frontmatter, in the order a reader meets them on the page. */
export function frontmatterCitations(j: Jurisdiction): Citation[] {
	return [
		...(j.jail?.sources ?? []),
		...j.policies.flatMap((p) => [...p.sources, ...p.history.flatMap((h) => h.sources)]),
		...j.statistics.flatMap((s) => s.sources),
		...j.classifications.flatMap((c) => c.sources),
	];
}

/**
 * The sources a jurisdiction page cites (frontmatter, narrative and its events), each once, ordered by
 * publisher then date so the list reads like a bibliography.
 * @param entry The jurisdiction entry (its body holds inline `<Cite>` tags).
 * @param extraIds Source ids cited by other things shown on the page, such as its timeline slice.
 * @param sources All sources.
 */
export function sourcesCitedBy(
	entry: DataEntry<Jurisdiction>,
	extraIds: string[],
	sources: DataEntry<Source>[]
): DataEntry<Source>[] {
	const ids = new Set([
		...frontmatterCitations(entry.data).map((c) => c.source),
		...bodyCitations(entry.body ?? ''),
		...extraIds,
	]);
	return sources.filter((s) => ids.has(s.id));
}

/** A page that cites a source, for backlinks on the sources page. */
export interface CitingPage {
	href: string;
	label: string;
}

/** `citingPages` of each loaded dataset by language, computed once: every sources page asks for it. */
const citingCache = new WeakMap<Dataset, Map<Locale, Map<string, CitingPage[]>>>();

/**
 * Which pages cite each source, in the reader's language (that language's pages, place names and
 * labels): jurisdiction pages (frontmatter, narrative, timeline slice), the glossary, the timeline
 * and the about page (assessments).
 * @param dataset All collections.
 * @param locale The language of the sources page the links are shown on.
 */
export function citingPages(dataset: Dataset, locale: Locale = 'en'): Map<string, CitingPage[]> {
	const cached = citingCache.get(dataset)?.get(locale);
	if (cached) return cached;
	const t = pageStrings(locale, 'sources');
	const index = new Map<string, CitingPage[]>();
	// Pages already listed per source: a set, so thousands of citing pages stay linear.
	const seen = new Map<string, Set<string>>();
	const add = (sourceId: string, page: CitingPage) => {
		const hrefs = seen.get(sourceId) ?? new Set<string>();
		if (hrefs.has(page.href)) return;
		hrefs.add(page.href);
		seen.set(sourceId, hrefs);
		const pages = index.get(sourceId) ?? [];
		pages.push(page);
		index.set(sourceId, pages);
	};
	const jurisdictionPage = (entry: DataEntry<Jurisdiction>) => ({
		href: jurisdictionUrl(entry.id, undefined, locale),
		label: localizeJurisdiction(entry, dataset, locale).data.name,
	});
	for (const entry of dataset.jurisdictions) {
		const page = jurisdictionPage(entry);
		for (const c of frontmatterCitations(entry.data)) add(c.source, page);
		for (const id of bodyCitations(entry.body ?? '')) add(id, page);
	}
	const timeline = { href: localeUrl('/timeline/', locale), label: t('cited.timeline') };
	const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
	for (const event of dataset.events) {
		for (const c of event.data.sources) {
			add(c.source, timeline);
			for (const id of event.data.jurisdictions) {
				const j = byId.get(id);
				if (j) add(c.source, jurisdictionPage(j));
			}
		}
	}
	const glossary = { href: localeUrl('/glossary/', locale), label: t('cited.glossary') };
	for (const term of dataset.glossary) {
		for (const c of term.data.sources) add(c.source, glossary);
		for (const id of bodyCitations(term.body ?? '')) add(id, glossary);
	}
	const about = { href: localeUrl('/about/', locale), label: t('cited.about') };
	for (const a of dataset.assessments) {
		for (const c of a.data.sources) add(c.source, about);
	}
	const byLocale = citingCache.get(dataset) ?? new Map<Locale, Map<string, CitingPage[]>>();
	byLocale.set(locale, index);
	citingCache.set(dataset, byLocale);
	return index;
}
