import { earliestDay } from '../schemas/date';
import { fileOf, type ContentProblem } from './content-problem';
import type { Dataset } from './dataset-types';

/** How far ahead a scheduled effective date on the timeline may be: further is a typo. */
const MAX_YEARS_AHEAD = 5;

/** `today` moved `years` years ahead, as `YYYY-MM-DD`. */
function yearsAhead(today: string, years: number): string {
	return `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
}

/**
 * Date rules the schemas cannot see because they need today or a second field: nothing was verified,
 * reviewed, searched or measured in the future, nothing was verified before it was published, and a
 * timeline event lies in the future only when it is a scheduled effective date (within 5 years).
 * Policy `since` dates (future only when proposed) and history ranges are checked in validate-dataset.
 * @param today The build day, `YYYY-MM-DD`.
 */
export function checkDates(dataset: Dataset, today: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const past = (file: string, field: string, date: string | undefined, what: string) => {
		if (date !== undefined && date > today) {
			problems.push({
				file,
				field,
				message: `${date} is after today (${today}); ${what} cannot be in the future. Correct the year or month`,
			});
		}
	};

	for (const entry of dataset.jurisdictions) {
		const file = fileOf('jurisdictions', entry);
		const j = entry.data;
		past(file, 'lastReviewed', j.lastReviewed, 'a review');
		past(file, 'checkedThrough.date', j.checkedThrough?.date, 'a check');
		j.policies.forEach((policy, index) => {
			const field = `policies[${index}]`;
			past(file, `${field}.searched.on`, policy.searched?.on, 'a search');
			policy.history.forEach((h, hi) => {
				past(file, `${field}.history[${hi}].verified`, h.verified, 'a verification');
				past(file, `${field}.history[${hi}].to`, h.to, 'the end of an earlier value');
			});
		});
		j.statistics.forEach((stat, index) => {
			past(file, `statistics[${index}].verified`, stat.verified, 'a verification');
			past(file, `statistics[${index}].to`, stat.to, 'the end of a counted period');
		});
		j.classifications.forEach((c, index) => {
			past(file, `classifications[${index}].verified`, c.verified, 'a verification');
		});
	}

	for (const entry of dataset.events) {
		const file = fileOf('events', entry);
		const { date, dateMeaning, verified } = entry.data;
		past(file, 'verified', verified, 'a verification');
		const start = earliestDay(date);
		if (start > today) {
			if (dateMeaning !== 'effective') {
				problems.push({
					file,
					field: 'date',
					message: `${date} is after today (${today}); only a scheduled effective date may be in the future (set dateMeaning: effective), otherwise correct the date`,
				});
			} else if (start > yearsAhead(today, MAX_YEARS_AHEAD)) {
				problems.push({
					file,
					field: 'date',
					message: `${date} is more than ${MAX_YEARS_AHEAD} years after today (${today}); correct the year`,
				});
			}
		}
	}

	for (const entry of dataset.glossary) {
		past(fileOf('glossary', entry), 'verified', entry.data.verified, 'a verification');
	}

	for (const entry of dataset.sources) {
		const file = fileOf('sources', entry);
		const { published, verified } = entry.data;
		past(file, 'verified', verified, 'a verification');
		past(file, 'published', earliestDay(published), 'publication');
		// `published` may be a year or a month: only a day before its first day is a contradiction.
		if (verified < earliestDay(published)) {
			problems.push({
				file,
				field: 'verified',
				message: `verified ${verified}, before the document was published (${published}); one of the two dates is wrong`,
			});
		}
	}

	for (const entry of dataset.assessments) {
		past(fileOf('assessments', entry), 'date', earliestDay(entry.data.date), 'an assessment');
	}
	return problems;
}
