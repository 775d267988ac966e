import type { ContentProblem } from '../content-problem';
import type { Dataset } from '../dataset-types';
import { assessmentTextsOf, jurisdictionTextsOf } from './content-texts';
import { policyTextsOf } from './policy-texts';
import type { Translations } from './read-translations';

/**
 * Texts with no Spanish among `pairs` that are not edits of a translated text: when some English
 * texts match no pair and as many pairs match no English text, the texts were edited (stale, a
 * warning elsewhere); texts beyond that number are new and have no translation at all.
 */
function newTexts(english: string[], pairs: { en: string }[]): string[] {
	const have = new Set(pairs.map((p) => p.en));
	const unmatched = english.filter((text) => !have.has(text));
	const current = new Set(english);
	const stale = pairs.filter((p) => !current.has(p.en)).length;
	return unmatched.slice(stale);
}

/**
 * English content with no Spanish at all: a jurisdiction, event, source note or outside body's
 * list without its translation file, or new texts in a file (a new question's card, a new history
 * entry, a new page-history line). Each names the Spanish file and key to add and the page that
 * would show English. Edits to already translated text are not here: they are stale, a warning,
 * so an English correction never waits on its translation (see `staleContentTexts`).
 */
export function missingContentTexts(
	translations: Translations,
	dataset: Pick<Dataset, 'jurisdictions' | 'events' | 'sources' | 'assessments'>,
	spanishDir: string
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const missing = (file: string, field: string, page: string, what: string) =>
		problems.push({
			file,
			field,
			message: `missing: ${what} has no Spanish (${page} would show English)`,
		});
	for (const { id, data } of dataset.jurisdictions) {
		const page = `/es/jurisdictions/${id}/`;
		const file = translations.jurisdictions.get(id);
		const path = file?.file ?? `${spanishDir}/jurisdictions/${id}.yaml`;
		if (!file) {
			missing(path, '(file)', page, 'the page');
			continue;
		}
		for (const policy of data.policies) {
			const fresh = newTexts(policyTextsOf(policy), file.data.policies[policy.dimension] ?? []);
			for (const text of fresh)
				missing(path, `policies.${policy.dimension}`, page, `“${text.slice(0, 60)}…”`);
		}
		for (const text of newTexts(jurisdictionTextsOf(data), file.data.texts))
			missing(path, 'texts', page, `“${text.slice(0, 60)}…”`);
	}
	for (const { id } of dataset.events)
		if (!translations.events.has(id))
			missing(`${spanishDir}/events/${id}.yaml`, '(file)', '/es/timeline/', `event ${id}`);
	for (const { id, data } of dataset.sources)
		if (data.note && !translations.sources.has(id))
			missing(
				`${spanishDir}/sources/${id}.yaml`,
				'(file)',
				'the Spanish sources pages',
				`the note of ${id}`
			);
	for (const { id, data } of dataset.assessments) {
		const file = translations.assessments.get(id);
		const path = file?.file ?? `${spanishDir}/assessments/${id}.yaml`;
		const fresh = newTexts(assessmentTextsOf(data), file?.data.texts ?? []);
		for (const text of fresh) missing(path, 'texts', '/es/about/', `“${text.slice(0, 60)}…”`);
	}
	return problems;
}
