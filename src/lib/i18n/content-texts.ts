import type { ContentProblem } from '../content-problem';
import type { DataEntry } from '../dataset-types';
import type { Jurisdiction } from '../../schemas/jurisdiction';
import type { TimelineEvent } from '../../schemas/event';
import type { Source } from '../../schemas/source';
import type { Assessment } from '../../schemas/assessment';
import type { Translations } from './read-translations';

/**
 * The English texts of a jurisdiction page besides its summary and policy cards, in page order: what
 * was checked for changes, the jail note, each list's result and detail, statistics notes and the
 * page-history entries. Their translations are the file's `texts`.
 */
export function jurisdictionTextsOf(j: Jurisdiction): string[] {
	const texts = [
		j.checkedThrough?.how,
		j.jail?.note,
		...j.classifications.flatMap((c) => [c.result, c.detail]),
		...j.statistics.map((s) => s.note),
		...j.changes.map((c) => c.summary),
	];
	return [...new Set(texts.filter((text): text is string => Boolean(text)))];
}

/** The English texts describing an outside body's list: description, standing, each list's label and meaning. */
export function assessmentTextsOf(a: Assessment): string[] {
	const texts = [a.description, a.standing, ...a.lists.flatMap((l) => [l.label, l.meaning])];
	return [...new Set(texts.filter((text): text is string => Boolean(text)))];
}

/**
 * Every translated content text outside the policy cards by its exact English: jurisdictions'
 * `texts`, events' titles and summaries, sources' notes. A text reads the same wherever it appears
 * ("Page published."), so one look-up serves every view, with no ids to thread through.
 */
export function contentTextMemory(translations: Translations): Map<string, string> {
	const memory = new Map<string, string>();
	for (const { data } of translations.jurisdictions.values())
		for (const pair of data.texts) memory.set(pair.en, pair.es);
	for (const { data } of translations.events.values()) {
		memory.set(data.title.en, data.title.es);
		memory.set(data.summary.en, data.summary.es);
	}
	for (const { data } of translations.sources.values()) memory.set(data.note.en, data.note.es);
	for (const { data } of translations.assessments.values())
		for (const pair of data.texts) memory.set(pair.en, pair.es);
	return memory;
}

const stale = (file: string, field: string, where: string): ContentProblem => ({
	file,
	field,
	message: `stale: the English on ${where} no longer reads like this; translate the current English and copy it here (until then the Spanish page shows the English)`,
});

/**
 * Translations of jurisdiction texts, events and source notes whose English has changed, as
 * warnings naming file and key: a writer correcting English must not wait for the translation, and
 * the Spanish page shows the current English, marked, meanwhile.
 */
export function staleContentTexts(
	translations: Translations,
	dataset: {
		jurisdictions: Pick<DataEntry<Jurisdiction>, 'id' | 'data'>[];
		events: Pick<DataEntry<TimelineEvent>, 'id' | 'data'>[];
		sources: Pick<DataEntry<Source>, 'id' | 'data'>[];
		assessments: Pick<DataEntry<Assessment>, 'id' | 'data'>[];
	}
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const { id, data } of dataset.jurisdictions) {
		const file = translations.jurisdictions.get(id);
		if (!file) continue;
		const current = new Set(jurisdictionTextsOf(data));
		file.data.texts.forEach((pair, index) => {
			if (!current.has(pair.en))
				problems.push(stale(file.file, `texts[${index}].en`, `/jurisdictions/${id}/`));
		});
	}
	for (const { id, data } of dataset.events) {
		const file = translations.events.get(id);
		if (!file) continue;
		for (const field of ['title', 'summary'] as const)
			if (file.data[field].en !== data[field])
				problems.push(stale(file.file, `${field}.en`, `the timeline (${id})`));
	}
	for (const { id, data } of dataset.sources) {
		const file = translations.sources.get(id);
		if (file && file.data.note.en !== data.note)
			problems.push(stale(file.file, 'note.en', `the sources pages (${id})`));
	}
	for (const { id, data } of dataset.assessments) {
		const file = translations.assessments.get(id);
		if (!file) continue;
		const current = new Set(assessmentTextsOf(data));
		file.data.texts.forEach((pair, index) => {
			if (!current.has(pair.en))
				problems.push(stale(file.file, `texts[${index}].en`, `/about/ (${id})`));
		});
	}
	return problems;
}

/** Event and source translations for ids the English content does not have: an error, as a typo would hide them. */
export function orphanContentTexts(
	translations: Translations,
	dataset: {
		events: Pick<DataEntry<TimelineEvent>, 'id'>[];
		sources: Pick<DataEntry<Source>, 'id'>[];
		assessments: Pick<DataEntry<Assessment>, 'id'>[];
	}
): ContentProblem[] {
	return (['events', 'sources', 'assessments'] as const).flatMap((kind) => {
		const ids = new Set(dataset[kind].map((entry) => entry.id));
		return [...translations[kind]]
			.filter(([id]) => !ids.has(id))
			.map(([id, { file }]) => ({
				file,
				field: '(file name)',
				message: `no English ${kind.replace(/s$/, '')} "${id}"; rename or remove the file`,
			}));
	});
}
