import { byId } from './by-id';
import { loadDataset } from './dataset';
import { datasetDate } from './downloads';
import type { DataEntry, Dataset } from './dataset-types';
import { buildMatrix, type MatrixRow } from './matrix';
import { SITE_NAME } from './site';
import { jurisdictionCard, socialImagePath } from './social-image';
import { buildDay } from './today';
import { valueOnDay, type ValueAnswer } from './value-on-day';
import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';

/** One static path per jurisdiction, shared by its page and its embed. */
export async function jurisdictionPaths(): Promise<{ params: { id: string } }[]> {
	const { jurisdictions } = await loadDataset();
	return jurisdictions.map((entry) => ({ params: { id: entry.id } }));
}

/** One static path per dimension, shared by its question page in every language. */
export async function dimensionPaths(): Promise<{ params: { dimension: string } }[]> {
	const { dimensions } = await loadDataset();
	return dimensions.map((d) => ({ params: { dimension: d.id } }));
}

/** What a jurisdiction's page and its embed both show: the entry, today's answers, the social image. */
export interface JurisdictionSetup {
	dataset: Dataset;
	entry: DataEntry<Jurisdiction>;
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
 */
export async function jurisdictionSetup(id: string): Promise<JurisdictionSetup> {
	const dataset = await loadDataset();
	const entry = byId(dataset.jurisdictions).get(id)!;
	const today = buildDay();
	return {
		dataset,
		entry,
		today,
		answers: dataset.dimensions.map((dimension) => ({
			dimension,
			cell: valueOnDay(entry.data, dimension, today),
		})),
		image: {
			src: socialImagePath(entry.id),
			alt: jurisdictionCard(entry.data, dataset.dimensions, today, SITE_NAME).alt,
		},
		datasetDay: datasetDay(dataset),
	};
}

/**
 * The data set-up the comparison page and its embed share: every row as of the build day.
 */
export async function compareSetup(): Promise<{
	dataset: Dataset;
	today: string;
	rows: MatrixRow[];
}> {
	const dataset = await loadDataset();
	const today = buildDay();
	return { dataset, today, rows: buildMatrix(dataset.jurisdictions, dataset.dimensions, today) };
}
