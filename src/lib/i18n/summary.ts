import type { ContentProblem } from '../content-problem';
import type { DataEntry } from '../dataset-types';
import type { Jurisdiction } from '../../schemas/jurisdiction';
import type { JurisdictionTranslation } from '../../schemas/i18n';
import type { TranslatedFile } from './read-translations';

/** A translated content text (a summary, a policy detail) as a Spanish page shows it, and in which language. */
export interface LocalText {
	text: string;
	lang: 'en' | 'es';
	/** Why the English is shown: no translation yet, or one made from an older English text. */
	fallback?: 'missing' | 'stale';
}

/**
 * The summary a Spanish page shows: the translation when its file exists and was made from the
 * page's current English summary, else the English summary (the page marks it and says so).
 * @param english The jurisdiction's current English summary.
 * @param file Its content/i18n/es/jurisdictions/<id>.yaml, when there is one.
 * @param fill Fills the Spanish text's `[[term]]` references from the terminology list.
 */
export function spanishSummary(
	english: string,
	file: TranslatedFile<JurisdictionTranslation> | undefined,
	fill: (text: string) => string = (text) => text
): LocalText {
	if (!file) return { text: english, lang: 'en', fallback: 'missing' };
	if (file.data.summary.en !== english) return { text: english, lang: 'en', fallback: 'stale' };
	return { text: fill(file.data.summary.es), lang: 'es' };
}

/**
 * Translated summaries whose English has changed since translation, as warnings naming file and
 * key. They warn rather than fail: a writer correcting an English summary must not wait for the
 * translation, and until it is updated the Spanish page shows the current English, marked.
 */
export function staleSummaries(
	files: Map<string, TranslatedFile<JurisdictionTranslation>>,
	jurisdictions: Pick<DataEntry<Jurisdiction>, 'id' | 'data'>[]
): ContentProblem[] {
	return jurisdictions.flatMap(({ id, data }) => {
		const file = files.get(id);
		if (!file || spanishSummary(data.summary, file).fallback !== 'stale') return [];
		return [
			{
				file: file.file,
				field: 'summary.en',
				message: `stale: the English summary has changed since translation; update the Spanish and copy the current English here (until then /es/jurisdictions/${id}/ shows the English summary)`,
			},
		];
	});
}

/** Summary files for a jurisdiction the English content does not have: an error, as a typo would hide the translation. */
export function orphanSummaries(
	files: Map<string, TranslatedFile<JurisdictionTranslation>>,
	jurisdictions: Pick<DataEntry<Jurisdiction>, 'id'>[]
): ContentProblem[] {
	const ids = new Set(jurisdictions.map((j) => j.id));
	return [...files]
		.filter(([id]) => !ids.has(id))
		.map(([id, { file }]) => ({
			file,
			field: '(file name)',
			message: `no English jurisdiction "${id}"; rename or remove the file`,
		}));
}
