import type { AllowableCheck, Allowance } from '../schemas/allowance';
import type { Citation } from '../schemas/citation';
import {
	DATE_MEANINGS,
	type DateMeaning,
	type DatePrecision,
} from '../schemas/date-meaning-values';
import { NOT_FOUND } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { Source } from '../schemas/source';
import { NOT_ESTABLISHED, NOT_LISTED } from '../schemas/classification';
import { allowedListings } from './listings';
import { frontmatterCitations } from './citations';
import type { DataEntry, Dataset } from './dataset-types';
import { hasExpired } from './source-standing';
import { fileOf, type ContentProblem } from './content-problem';
import { bodyCitations } from './validate-dataset';
import { precisionOf } from './dated-fact';

/** A page whose newest source is older than its review date by more than this must say how it was checked. */
export const FRESHNESS_MONTHS = 6;

/** A start date may precede every cited source by at most this many years. */
export const START_SLACK_YEARS = 1;

/** One date in the dataset, with what the checks need to know about it. */
interface DateFact {
	file: string;
	/** The date field, e.g. `policies[2].history[0].from`. */
	field: string;
	/** The field that must say what the date means, e.g. `policies[2].history[0].fromMeaning`. */
	meaningField: string;
	date: string | undefined;
	meaning: DateMeaning | undefined;
	precision: DatePrecision;
	/** True for the first day of a value (`since`, `from`), which must rest on a source from its time. */
	start: boolean;
	citations: Citation[];
	/** How an allowance names this date. */
	owner: { jurisdiction: string; dimension: string } | { event: string };
}

/** Every dated fact of the dataset: policy `since`, history `from`/`to` and event dates. */
function dateFacts(dataset: Dataset): DateFact[] {
	const facts: DateFact[] = [];
	for (const entry of dataset.jurisdictions) {
		const file = fileOf('jurisdictions', entry);
		entry.data.policies.forEach((policy, pi) => {
			const owner = { jurisdiction: entry.id, dimension: policy.dimension };
			const at = `policies[${pi}]`;
			facts.push({
				file,
				field: `${at}.since`,
				meaningField: `${at}.sinceMeaning`,
				date: policy.since,
				meaning: policy.sinceMeaning,
				precision: policy.sincePrecision,
				start: true,
				citations: policy.sources,
				owner,
			});
			policy.history.forEach((h, hi) => {
				const hat = `${at}.history[${hi}]`;
				const common = { file, citations: h.sources, owner };
				facts.push({
					...common,
					field: `${hat}.from`,
					meaningField: `${hat}.fromMeaning`,
					date: h.from,
					meaning: h.fromMeaning,
					precision: h.fromPrecision,
					start: true,
				});
				facts.push({
					...common,
					field: `${hat}.to`,
					meaningField: `${hat}.toMeaning`,
					date: h.to,
					meaning: h.toMeaning,
					precision: h.toPrecision,
					start: false,
				});
			});
		});
	}
	for (const entry of dataset.events) {
		facts.push({
			file: fileOf('events', entry),
			field: 'date',
			meaningField: 'dateMeaning',
			date: entry.data.date,
			meaning: entry.data.dateMeaning,
			precision: precisionOf(entry.data.date),
			start: false,
			citations: entry.data.sources,
			owner: { event: entry.id },
		});
	}
	return facts;
}

/** The last day a date of this precision can stand for (`2019` → `2019-12-31`), for comparisons. */
function lastDayOf(date: string, precision: DatePrecision): string {
	if (precision === 'year') return `${date.slice(0, 4)}-12-31`;
	if (precision === 'month') return `${date.slice(0, 7)}-31`;
	return date;
}

/** Adds whole months to a `YYYY-MM-DD` day, keeping the day of the month (string arithmetic, no time zones). */
export function addMonths(day: string, months: number): string {
	const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
	const year = String(Math.floor(total / 12)).padStart(4, '0');
	const month = String((total % 12) + 1).padStart(2, '0');
	return `${year}-${month}${day.slice(7)}`;
}

/** True when an allowance names this fact and check. */
function allows(allowance: Allowance, fact: DateFact, check: AllowableCheck): boolean {
	if (allowance.check !== check || allowance.date !== fact.date) return false;
	if ('event' in fact.owner) return allowance.event === fact.owner.event;
	return (
		allowance.jurisdiction === fact.owner.jurisdiction &&
		allowance.dimension === fact.owner.dimension
	);
}

/**
 * The rules that let a reader trust a date and a "not found": every date says what it means; a start
 * date rests on a source from its time; a month-only date is not used where a source gives the day;
 * no current value rests on a document past its stated expiry; a "not found" says what was searched;
 * a page whose newest source is old says how it was checked for changes; every classification names
 * one of its assessment's lists; every allowance waives something real.
 * @param today `YYYY-MM-DD`.
 * @param unreadable `collection/id` of files that could not be read (their allowances are not reported).
 */
export function checkAccuracy(
	dataset: Dataset,
	today: string,
	unreadable: Set<string> = new Set()
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sources = new Map(dataset.sources.map((s) => [s.id, s.data]));
	const allowances = dataset.allowances ?? [];
	const used = new Set<string>();
	const allowed = (fact: DateFact, check: AllowableCheck) => {
		const match = allowances.find((a) => allows(a.data, fact, check));
		if (match) used.add(match.id);
		return match !== undefined;
	};
	const cited = (citations: Citation[]) =>
		citations.flatMap((c) => {
			const source = sources.get(c.source);
			return source ? [{ id: c.source, source }] : [];
		});

	for (const fact of dateFacts(dataset)) {
		if (fact.date && !fact.meaning) {
			problems.push({
				file: fact.file,
				field: fact.meaningField,
				message: `${fact.field.split('.').at(-1)} ${fact.date} does not say what it is the date of; add ${fact.meaningField.split('.').at(-1)} (one of: ${DATE_MEANINGS.join(', ')})`,
			});
		}
		if (!fact.date && fact.meaning) {
			problems.push({
				file: fact.file,
				field: fact.meaningField,
				message: `says what a date means, but there is no ${fact.field.split('.').at(-1)} date`,
			});
		}
		if (!fact.date) continue;
		const cut = {
			day: fact.date,
			month: `${fact.date.slice(0, 7)}-01`,
			year: `${fact.date.slice(0, 4)}-01-01`,
		}[fact.precision];
		if (fact.date.length === 10 && fact.date !== cut) {
			problems.push({
				file: fact.file,
				field: fact.field,
				message: `a ${fact.precision}-precision date is written as ${cut}, not ${fact.date}`,
			});
		}
		const withSources = cited(fact.citations);

		if (fact.start && withSources.length > 0) {
			const latestAllowed = `${Number(fact.date.slice(0, 4)) + START_SLACK_YEARS}${lastDayOf(fact.date, fact.precision).slice(4)}`;
			// A partial source date compares as its first possible day, so "2017" counts as early as it can be.
			const fromItsTime = withSources.some(({ source }) => source.published <= latestAllowed);
			if (!fromItsTime && !allowed(fact, 'start-before-sources')) {
				const earliest = [...withSources].sort((a, b) =>
					a.source.published.localeCompare(b.source.published)
				)[0]!;
				problems.push({
					file: fact.file,
					field: fact.field,
					message: `${fact.date} is more than ${START_SLACK_YEARS} year before every cited source (earliest: ${earliest.id}, ${earliest.source.published}); cite a source from its time, or record why the date stands in content/checks/allow.yaml`,
				});
			}
		}

		if (fact.precision === 'month') {
			const month = fact.date.slice(0, 7);
			const dayDated = withSources.find(
				({ source }) => source.published.length === 10 && source.published.startsWith(month)
			);
			if (dayDated && !allowed(fact, 'month-precision')) {
				problems.push({
					file: fact.file,
					field: fact.field,
					message: `known only to the month (${month}), but cited source ${dayDated.id} is dated ${dayDated.source.published}; give the day it states, or record in content/checks/allow.yaml why it does not`,
				});
			}
		}
	}

	for (const entry of dataset.jurisdictions) {
		const file = fileOf('jurisdictions', entry);
		const j = entry.data;
		j.policies.forEach((policy, pi) => {
			const at = `policies[${pi}]`;
			if (policy.value === NOT_FOUND && !policy.searched) {
				problems.push({
					file,
					field: `${at}.searched`,
					message: `"not-found" must say what was searched and when: add searched: { what: "…", on: YYYY-MM-DD }`,
				});
			}
			if (policy.status === 'proposed') return;
			policy.sources.forEach((citation, ci) => {
				const source = sources.get(citation.source);
				if (source && hasExpired(source, today)) {
					problems.push({
						file,
						field: `${at}.sources[${ci}]`,
						message: `the current value rests on ${citation.source}, whose text says it expired on ${source.expires}; cite what replaced it, or record the value's end in history`,
					});
				}
			});
		});

		// A review dated after today is reported by validate-dates; measuring from it would only repeat that.
		if (j.lastReviewed <= today) problems.push(...checkFreshness(entry, file, sources));

		j.classifications.forEach((c, ci) => {
			const assessment = dataset.assessments.find((a) => a.id === c.assessment)?.data;
			if (!assessment) return;
			const ids = allowedListings(assessment);
			c.listing.forEach((id, li) => {
				if (!ids.includes(id)) {
					problems.push({
						file,
						field: `classifications[${ci}].listing${c.listing.length > 1 ? `[${li}]` : ''}`,
						message: `"${id}" is not a list of ${c.assessment} (its lists: ${ids.join(', ')})`,
					});
				}
			});
			const reserved = c.listing.filter((id) => id === NOT_LISTED || id === NOT_ESTABLISHED);
			if (reserved.length > 0 && c.listing.length > 1) {
				problems.push({
					file,
					field: `classifications[${ci}].listing`,
					message: `"${reserved[0]}" cannot be combined with other lists`,
				});
			}
		});
	}

	for (const entry of dataset.assessments) {
		const seen = new Set<string>();
		entry.data.lists.forEach((list, li) => {
			if (seen.has(list.id) || list.id === NOT_LISTED || list.id === NOT_ESTABLISHED) {
				problems.push({
					file: fileOf('assessments', entry),
					field: `lists[${li}].id`,
					message: `"${list.id}" is used twice or is reserved`,
				});
			}
			seen.add(list.id);
		});
		if (entry.data.lists.length === 0) {
			problems.push({
				file: fileOf('assessments', entry),
				field: 'lists',
				message: 'define at least one list: what appearing in each part of the document means',
			});
		}
	}

	for (const allowance of allowances) {
		// An allowance for a file that could not be read is not news: that file's own error is.
		const { event, jurisdiction } = allowance.data;
		const owner = event ? `events/${event}` : `jurisdictions/${jurisdiction}`;
		if (!used.has(allowance.id) && !unreadable.has(owner)) {
			problems.push({
				file: fileOf('checks', allowance),
				field: allowance.id,
				message: `allows ${allowance.data.check} for ${allowance.data.event ?? `${allowance.data.jurisdiction} / ${allowance.data.dimension}`} on ${allowance.data.date}, but no such date fails that check; remove it or correct it`,
			});
		}
	}
	return problems;
}

/** The freshness rule for one jurisdiction page. */
function checkFreshness(
	entry: DataEntry<Jurisdiction>,
	file: string,
	sources: Map<string, Source>
): ContentProblem[] {
	const j = entry.data;
	const ids = [...frontmatterCitations(j).map((c) => c.source), ...bodyCitations(entry.body ?? '')];
	// A partial date counts as its last possible day: "2026" may be December.
	const newest = ids
		.flatMap((id) => {
			const published = sources.get(id)?.published;
			return published ? [{ published, last: lastDayOf(published, precisionOf(published)) }] : [];
		})
		.sort((a, b) => a.last.localeCompare(b.last))
		.at(-1);
	const problems: ContentProblem[] = [];
	const staleBefore = addMonths(j.lastReviewed, -FRESHNESS_MONTHS);
	// A check dated after today is reported by validate-dates.
	if (j.checkedThrough) {
		if (j.checkedThrough.date < staleBefore) {
			problems.push({
				file,
				field: 'checkedThrough.date',
				message: `checked through ${j.checkedThrough.date}, more than ${FRESHNESS_MONTHS} months before the review of ${j.lastReviewed}; check again and update it`,
			});
		}
	} else if (newest && newest.last < staleBefore) {
		problems.push({
			file,
			field: 'checkedThrough',
			message: `the newest cited source is dated ${newest.published}, more than ${FRESHNESS_MONTHS} months before the review of ${j.lastReviewed}; say how and until when the page was checked for changes: checkedThrough: { date: YYYY-MM-DD, how: "…" }`,
		});
	}
	return problems;
}
