import type { DataEntry } from './dataset-types';

/** One broken rule in the dataset, located by file and field. */
export interface ContentProblem {
	file: string;
	field: string;
	message: string;
}

/** Formats a problem as `file → field: message`, the form the build prints. */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file} → ${problem.field}: ${problem.message}`;
}

/** The file an entry came from, for messages. */
export function fileOf(collection: string, entry: DataEntry<unknown>): string {
	return entry.filePath ?? `content/${collection}/${entry.id}`;
}
