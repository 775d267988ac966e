import { byId } from './by-id';
import { compareData } from './compare-data';
import { fillSpanishTerms, loadTranslations } from './i18n/load';
import { localizeDimension, localizeJurisdiction, stateName } from './i18n/localize';
import { spanishSummary, type LocalText } from './i18n/summary';
import { comparePages, comparisonIsSplit, type ComparePage } from './compare-pages';
import { listCoverage, type AssessmentCoverage } from './list-coverage';
import { snapshotYears } from './snapshots';
import {
	sourcesByKind,
	sourcesByLetter,
	type SourceKindGroup,
	type SourceLetterGroup,
} from './source-kinds';
import { loadDataset } from './dataset';
import { datasetDate } from './downloads';
import type { DataEntry, Dataset } from './dataset-types';
import { buildMatrix, type MatrixRow } from './matrix';
import { allPageChanges, type PageChange } from './page-history';
import { listPageParam, paginate, type ListPage } from './paging';
import { SITE_NAME } from './site';
import { jurisdictionCard, socialImagePath } from './social-image';
import { buildDay } from './today';
import { compareAnswersUrl, type Locale } from './urls';
import { valueOnDay, type ValueAnswer } from './value-on-day';
import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';

/** One static path per jurisdiction, shared by its page and its embed. */
export async function jurisdictionPaths(): Promise<{ params: { id: string } }[]> {
	const { jurisdictions } = await loadDataset();
	return jurisdictions.map((entry) => ({ params: { id: entry.id } }));
}

/**
 * One page of a site-wide log of page changes, with the counts its lede gives (a type, not an
 * interface: Astro's route props need the index signature only a type alias has implicitly).
 */
export type LogPage = {
	part: ListPage<PageChange>;
	/** How many changes the whole log has. */
	total: number;
	/** How many jurisdiction pages they were made to. */
	pages: number;
};

/**
 * The static paths of a log of page changes, shared by both languages: `/changes/`, then
 * `/changes/2/`… when it fills more than one page.
 * @param kept Which changes the log lists (every change, or only corrections).
 */
async function logPaths(
	kept: (change: PageChange) => boolean
): Promise<{ params: { page: string | undefined }; props: LogPage }[]> {
	const { jurisdictions } = await loadDataset();
	const changes = allPageChanges(jurisdictions).filter(kept);
	const pages = new Set(changes.map((c) => c.jurisdiction.id)).size;
	return paginate(changes).map((part) => ({
		params: { page: listPageParam(part.page) },
		props: { part, total: changes.length, pages },
	}));
}

/** The pages of the log of every recorded change to the jurisdiction pages, newest first. */
export function changesPaths() {
	return logPaths(() => true);
}

/** The pages of the corrections recorded, newest first. */
export function correctionsPaths() {
	return logPaths(({ change }) => change.kind === 'correction');
}

/** One static path per dimension, shared by its question page in every language. */
export async function dimensionPaths(): Promise<{ params: { dimension: string } }[]> {
	const { dimensions } = await loadDataset();
	return dimensions.map((d) => ({ params: { dimension: d.id } }));
}

/** One static path per kind of source, shared by its directory page in every language. */
export async function sourceKindPaths(): Promise<
	{ params: { kind: string }; props: { group: SourceKindGroup } }[]
> {
	const { sources } = await loadDataset();
	return sourcesByKind(sources).map((group) => ({
		params: { kind: group.kind },
		props: { group },
	}));
}

/** What a letter page of one kind of source shows: the kind, its letters and the current one. */
export type SourceLetterProps = {
	group: SourceKindGroup;
	letter: SourceLetterGroup;
	letters: SourceLetterGroup[];
};

/** One static path per kind of source and publisher letter, shared by its page in every language. */
export async function sourceLetterPaths(): Promise<
	{ params: { kind: string; letter: string }; props: SourceLetterProps }[]
> {
	const { sources } = await loadDataset();
	return sourcesByKind(sources).flatMap((group) => {
		const letters = sourcesByLetter(group);
		return letters.map((letter) => ({
			params: { kind: group.kind, letter: letter.letter },
			props: { group, letter, letters },
		}));
	});
}

/** What a jurisdiction's page and its embed both show: the entry, today's answers, the social image. */
export interface JurisdictionSetup {
	dataset: Dataset;
	entry: DataEntry<Jurisdiction>;
	/** The jurisdiction's name in the page's language. */
	name: string;
	/**
	 * Where it is: the postal code on English pages (as they have always shown it), the state's name
	 * in the page's language otherwise.
	 */
	place: string;
	/** The summary shown: the translation when it is current, else the English one, which says so. */
	summary: LocalText;
	today: string;
	answers: { dimension: DataEntry<Dimension>; cell: ValueAnswer }[];
	image: { src: string; alt: string };
	/** The latest day anything in the dataset was verified (see `datasetDate`), for the citation. */
	datasetDay: string;
}

/** `datasetDate` of each loaded dataset, computed once: it reads every entry, and every page cites it. */
const datasetDays = new WeakMap<Dataset, string>();
function datasetDay(dataset: Dataset): string {
	let day = datasetDays.get(dataset);
	if (day === undefined) datasetDays.set(dataset, (day = datasetDate(dataset)));
	return day;
}

/**
 * The data set-up a jurisdiction's page and its embed share, so the two cannot drift apart.
 * @param id The jurisdiction id from the route.
 * @param locale The page's language: the answers carry its labels, dates and statuses.
 */
export async function jurisdictionSetup(
	id: string,
	locale: Locale = 'en'
): Promise<JurisdictionSetup> {
	const dataset = await loadDataset();
	const entry = byId(dataset.jurisdictions).get(id)!;
	const today = buildDay();
	const { summary, state } = entry.data;
	return {
		dataset,
		entry,
		name: localizeJurisdiction(entry, dataset, locale).data.name,
		place: locale === 'en' ? state : stateName(state, dataset, locale),
		summary:
			locale === 'en'
				? { text: summary, lang: 'en' }
				: spanishSummary(summary, loadTranslations().jurisdictions.get(entry.id), fillSpanishTerms),
		today,
		answers: dataset.dimensions.map((english) => {
			const dimension = localizeDimension(english, locale);
			return { dimension, cell: valueOnDay(entry.data, dimension, today, locale) };
		}),
		image: {
			src: socialImagePath(entry.id),
			alt: jurisdictionCard(entry.data, dataset.dimensions, today, SITE_NAME).alt,
		},
		datasetDay: datasetDay(dataset),
	};
}

/**
 * The data set-up the comparison page and its embed share: every row as of the build day, with
 * questions, answers and place names in the reader's language.
 */
export async function compareSetup(locale: Locale = 'en'): Promise<{
	dataset: Dataset;
	today: string;
	dimensions: DataEntry<Dimension>[];
	jurisdictions: DataEntry<Jurisdiction>[];
	rows: MatrixRow[];
}> {
	const dataset = await loadDataset();
	const today = buildDay();
	const dimensions = dataset.dimensions.map((d) => localizeDimension(d, locale));
	const jurisdictions = dataset.jurisdictions.map((j) => localizeJurisdiction(j, dataset, locale));
	const rows = buildMatrix(jurisdictions, dimensions, today, locale);
	return { dataset, today, dimensions, jurisdictions, rows };
}

/** The file name `compareAnswersUrl` gives a page, without folder and extension. */
const answersPart = (slug?: string) =>
	compareAnswersUrl(slug)
		.split('/')
		.at(-1)!
		.replace(/\.json$/, '');

/**
 * The answers files' static paths, shared by both languages: one file for the whole table, or,
 * when the comparison is split, one per state page.
 */
export async function compareAnswersPaths(): Promise<
	{ params: { part: string }; props: { jurisdictions: DataEntry<Jurisdiction>[] } }[]
> {
	const { jurisdictions } = await loadDataset();
	if (!comparisonIsSplit(jurisdictions))
		return [{ params: { part: answersPart() }, props: { jurisdictions } }];
	return comparePages(jurisdictions).map((page) => ({
		params: { part: answersPart(page.slug) },
		props: { jurisdictions: page.jurisdictions },
	}));
}

/**
 * One comparison page's answers file (see `compareData`) in a language, as the response its
 * route serves.
 */
export async function compareAnswersResponse(
	jurisdictions: DataEntry<Jurisdiction>[],
	locale: Locale
): Promise<Response> {
	const data = compareData(await loadDataset(), buildDay(), jurisdictions, locale);
	return new Response(JSON.stringify(data), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}

/** One static path per page of the comparison split by state (none while it fits one page). */
export async function compareStatePaths(): Promise<
	{ params: { slug: string }; props: { page: ComparePage } }[]
> {
	const { jurisdictions } = await loadDataset();
	if (!comparisonIsSplit(jurisdictions)) return [];
	return comparePages(jurisdictions).map((page) => ({
		params: { slug: page.slug },
		props: { page },
	}));
}

/** One static path per outside body's list the comparison can be narrowed to. */
export async function compareListPaths(): Promise<
	{ params: { assessment: string }; props: { coverage: AssessmentCoverage } }[]
> {
	const { assessments, jurisdictions } = await loadDataset();
	return listCoverage(assessments, jurisdictions).map((coverage) => ({
		params: { assessment: coverage.assessment.id },
		props: { coverage },
	}));
}

/** One static path per year-end snapshot of the comparison. */
export async function compareAsOfPaths(): Promise<{ params: { year: string } }[]> {
	const { jurisdictions } = await loadDataset();
	return snapshotYears(jurisdictions, buildDay()).map((year) => ({
		params: { year: String(year) },
	}));
}
