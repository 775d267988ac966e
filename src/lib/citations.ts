import type { Citation } from '../schemas/citation';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { Source } from '../schemas/source';
import type { DataEntry, Dataset } from './dataset-types';
import { bodyCitations } from './validate-dataset';
import { jurisdictionUrl } from './urls';

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

/** `citingPages` by dataset; the build loads one dataset and keeps it. */
const citingPagesOf = new WeakMap<Dataset, Map<string, CitingPage[]>>();

/**
 * Which pages cite each source: jurisdiction pages (frontmatter, narrative, timeline slice), the
 * glossary, the timeline and the about page (assessments).
 * @param dataset All collections.
 */
export function citingPages(dataset: Dataset): Map<string, CitingPage[]> {
	// Every sources page asks for the whole index: worked out once per dataset, not once per page,
	// which at thousands of jurisdictions was a full pass over every citation for each letter page.
	const cached = citingPagesOf.get(dataset);
	if (cached) return cached;
	const index = new Map<string, CitingPage[]>();
	citingPagesOf.set(dataset, index);
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
	for (const entry of dataset.jurisdictions) {
		const page = { href: jurisdictionUrl(entry.id), label: entry.data.name };
		for (const c of frontmatterCitations(entry.data)) add(c.source, page);
		for (const id of bodyCitations(entry.body ?? '')) add(id, page);
	}
	const byId = new Map(dataset.jurisdictions.map((j) => [j.id, j]));
	for (const event of dataset.events) {
		for (const c of event.data.sources) {
			add(c.source, { href: '/timeline/', label: 'Timeline' });
			for (const id of event.data.jurisdictions) {
				const j = byId.get(id);
				if (j) add(c.source, { href: jurisdictionUrl(id), label: j.data.name });
			}
		}
	}
	for (const term of dataset.glossary) {
		for (const c of term.data.sources) add(c.source, { href: '/glossary/', label: 'Glossary' });
		for (const id of bodyCitations(term.body ?? ''))
			add(id, { href: '/glossary/', label: 'Glossary' });
	}
	for (const a of dataset.assessments) {
		for (const c of a.data.sources)
			add(c.source, { href: '/about/', label: 'About: other bodies’ lists' });
	}
	return index;
}
