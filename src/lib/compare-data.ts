import type { AnswerSegment, CompareData } from './answer-segments';
import type { Dataset } from './dataset-types';
import { authorDate } from './prose';
import { describeCell } from './dated-fact';
import { localizeDimension, localizeJurisdiction } from './i18n/localize';
import { answerDetail } from './i18n/load';
import { jurisdictionUrl, sourceAnchor, type Locale } from './urls';
import { answerChangeDays, valueOnDay, type ValueAnswer } from './value-on-day';

/**
 * Every answer of every jurisdiction on every dimension over time, each resolved with `valueOnDay`
 * on the first day it holds, with source links pointing at the source list of the jurisdiction's page.
 * @param dataset All collections.
 * @param today `YYYY-MM-DD`, the build day.
 * @param jurisdictions The rows of the page the file serves (all by default).
 * @param locale The page's language: labels, dates, statuses, names and translated details in it;
 *   the source labels stay as written.
 */
export function compareData(
	dataset: Dataset,
	today: string,
	jurisdictions = dataset.jurisdictions,
	locale: Locale = 'en'
): CompareData {
	const sources = new Map(dataset.sources.map((s) => [s.id, s.data]));
	const dimensions = dataset.dimensions.map((d) => localizeDimension(d, locale));
	const segment = (id: string, from: string, answer: ValueAnswer): AnswerSegment => {
		const detail = answerDetail(id, answer, locale);
		return {
			from,
			value: answer.unrecorded ? 'unrecorded' : answer.value.id,
			label: answer.label,
			rank: answer.rank,
			detail: detail.text,
			// Only when the detail is not in the page's language, so screen readers switch voice.
			...(detail.lang !== locale && { detailLang: detail.lang }),
			since: answer.since.text,
			title: answer.unrecorded
				? answer.label
				: describeCell(answer.value.id, answer.label, answer.period, locale),
			status: answer.statusLabel,
			sources: answer.sources.map((c) => {
				const source = sources.get(c.source)!;
				return {
					href: jurisdictionUrl(id, sourceAnchor(c.source), locale),
					label: authorDate(source, c.pinpoint),
				};
			}),
		};
	};
	return {
		today,
		dimensions: dimensions.map((d) => ({ id: d.id, title: d.data.title })),
		jurisdictions: jurisdictions.map((entry) => ({
			id: entry.id,
			name: localizeJurisdiction(entry, dataset, locale).data.name,
			cells: dimensions.map((dimension) => {
				const { id, data } = entry;
				const policy = data.policies.find((p) => p.dimension === dimension.id);
				// The day before all change days stands for every earlier day.
				const days = answerChangeDays(policy);
				const first = days[0] ? `${Number(days[0].slice(0, 4)) - 1}-01-01` : today;
				return [
					segment(id, '', valueOnDay(data, dimension, first, locale)),
					...days.map((day) => segment(id, day, valueOnDay(data, dimension, day, locale))),
				];
			}),
		})),
	};
}
