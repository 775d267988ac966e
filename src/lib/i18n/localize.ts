import { NO_RULE, NOT_FOUND, type Dimension } from '../../schemas/dimension';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Jurisdiction } from '../../schemas/jurisdiction';
import type { ComparePage } from '../compare-pages';
import type { DataEntry, Dataset } from '../dataset-types';
import type { PageChange } from '../page-history';
import { spanishNamesOf } from '../place-names-es';
import { STATE_NAMES } from '../states';
import { SOURCE_KIND_LABELS, type Source } from '../../schemas/source';
import type { Locale } from '../urls';
import { loadTranslations, pageStrings } from './load';
import { fillTerms } from './terms';

/** A translated entry's data and the terminology filler its strings go through. */
function spanishOf<K extends 'dimensions' | 'glossary'>(kind: K, id: string) {
	const translations = loadTranslations();
	const terms = translations.terms?.data ?? {};
	// The build's translation check guarantees the entry exists before any page renders.
	const data = translations[kind].get(id)!.data as NonNullable<
		ReturnType<(typeof translations)[K]['get']>
	>['data'];
	return { data, fill: (text: string) => fillTerms(text, terms) };
}

/**
 * A dimension with its title, question and every value's label and description in the reader's
 * language, so every view (tables, badges, counts) shows the same words with no lookup of its own.
 * Ids, order and everything else stay as in English.
 */
export function localizeDimension(
	entry: DataEntry<Dimension>,
	locale: Locale
): DataEntry<Dimension> {
	if (locale === 'en') return entry;
	const { data: spanish, fill } = spanishOf('dimensions', entry.id);
	const t = pageStrings(locale);
	return {
		...entry,
		data: {
			...entry.data,
			title: fill(spanish.title),
			shortTitle: fill(spanish.shortTitle),
			question: fill(spanish.question),
			values: entry.data.values.map((value) =>
				value.id === NO_RULE || value.id === NOT_FOUND
					? {
							id: value.id,
							label: t(`value.${value.id}.label`),
							description: t(`value.${value.id}.description`),
						}
					: {
							id: value.id,
							label: fill(spanish.values[value.id]!.label),
							description: fill(spanish.values[value.id]!.description),
						}
			),
		},
	};
}

/** A glossary term's name, other names and short definition in the reader's language. */
export function localizeGlossaryTerm(
	entry: DataEntry<GlossaryTerm>,
	locale: Locale
): DataEntry<GlossaryTerm> {
	if (locale === 'en') return entry;
	const { data: spanish, fill } = spanishOf('glossary', entry.id);
	return {
		...entry,
		data: {
			...entry.data,
			term: fill(spanish.term),
			aliases: spanish.aliases.map(fill),
			short: fill(spanish.short),
		},
	};
}

/**
 * A jurisdiction with its name in the reader's language: the Spanish name from
 * content/place-names-es.yaml where one is given (replacing the English short name too), else the
 * English name (most places keep theirs).
 */
export function localizeJurisdiction(
	entry: DataEntry<Jurisdiction>,
	dataset: Pick<Dataset, 'placeNamesEs'>,
	locale: Locale
): DataEntry<Jurisdiction> {
	if (locale === 'en') return entry;
	const [name] = spanishNamesOf(dataset, entry);
	if (!name) return entry;
	// The English short name ("King County") would undo the Spanish one where labels prefer it.
	const { shortName: _english, ...data } = entry.data;
	return { ...entry, data: { ...data, name } };
}

/** A state's (or territory's) name in the reader's language, by postal code. */
export function stateName(
	code: string,
	dataset: Pick<Dataset, 'placeNamesEs'>,
	locale: Locale
): string {
	const english = STATE_NAMES[code] ?? code;
	if (locale === 'en') return english;
	return dataset.placeNamesEs?.data.states[code]?.name ?? english;
}

/** The comparison's state pages with the state's and each place's name in the reader's language. */
export function localizeComparePages(
	pages: ComparePage[],
	dataset: Pick<Dataset, 'placeNamesEs'>,
	locale: Locale
): ComparePage[] {
	if (locale === 'en') return pages;
	return pages.map((page) => ({
		...page,
		stateName: stateName(page.state, dataset, locale),
		jurisdictions: page.jurisdictions.map((j) => localizeJurisdiction(j, dataset, locale)),
	}));
}

/** A kind of source's name in the reader's language (the methodology's words, pages/about). */
export function sourceKindLabel(kind: Source['kind'], locale: Locale): string {
	return locale === 'en'
		? SOURCE_KIND_LABELS[kind]
		: pageStrings(locale, 'about')(`source-kind.${kind}`);
}

/**
 * The `lang` a source's title needs on a page in `locale`: the document's language when it is not
 * the page's (English unless the source says otherwise), else none.
 */
export function sourceTitleLang(source: Source, locale: Locale): string | undefined {
	const language = source.language ?? 'en';
	return language === locale ? undefined : language;
}

/** Changes to pages, each page's jurisdiction named in the reader's language (for the logs). */
export function localizePageChanges(
	changes: PageChange[],
	dataset: Pick<Dataset, 'placeNamesEs'>,
	locale: Locale
): PageChange[] {
	return changes.map((change) => ({
		...change,
		jurisdiction: localizeJurisdiction(change.jurisdiction, dataset, locale),
	}));
}
