import { getCollection } from 'astro:content';
import type { Dataset } from './dataset-types';
import { prepareDataset } from './prepare-dataset';
import { buildDay } from './today';
import { formatProblem, validateDataset } from './validate-dataset';

/** Thrown when the content breaks a rule the schemas cannot see; the message lists file and field. */
export class ContentValidationError extends Error {
	override name = 'ContentValidationError';
}

let cached: Promise<Dataset> | undefined;

async function loadAndValidate(): Promise<Dataset> {
	const [jurisdictions, dimensions, sources, events, assessments, glossary, allowances] =
		await Promise.all([
			getCollection('jurisdictions'),
			getCollection('dimensions'),
			getCollection('sources'),
			getCollection('events'),
			getCollection('assessments'),
			getCollection('glossary'),
			getCollection('allowances'),
		]);
	// One entry, the whole file, or none when there is no file.
	const [placeNamesEs] = await getCollection('placeNamesEs');
	const dataset = prepareDataset({
		jurisdictions,
		dimensions,
		sources,
		events,
		assessments,
		glossary,
		allowances,
		...(placeNamesEs ? { placeNamesEs } : {}),
	});
	const today = buildDay();
	const problems = validateDataset(dataset, today);
	if (problems.length > 0) {
		throw new ContentValidationError(
			`The content has ${problems.length} problem(s):\n  ${problems.map(formatProblem).join('\n  ')}`
		);
	}
	return dataset;
}

/**
 * Loads every collection once per build, in display order (see `prepareDataset`), and validates
 * cross-references, so a dangling reference
 * (which Astro only warns about) fails the build with the file and field named.
 */
export function loadDataset(): Promise<Dataset> {
	cached ??= loadAndValidate();
	return cached;
}
