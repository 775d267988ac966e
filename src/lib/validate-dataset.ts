import type { Citation } from '../schemas/citation';
import type { Policy } from '../schemas/policy';
import { checkAccuracy } from './accuracy-checks';
import { checkListMembers } from './list-coverage';
import { fileOf, type ContentProblem } from './content-problem';
import type { DataEntry, Dataset } from './dataset-types';
import { checkDates } from './validate-dates';
import { checkPlaceNamesEs } from './place-names-es';

export { formatProblem, type ContentProblem } from './content-problem';

/** Ids of a collection, plus those of its files that exist but could not be read. */
function idsOf(
	collection: string,
	entries: DataEntry<unknown>[],
	unreadable: Set<string>
): Set<string> {
	const ids = new Set(entries.map((e) => e.id));
	for (const key of unreadable) {
		if (key.startsWith(`${collection}/`)) ids.add(key.slice(collection.length + 1));
	}
	return ids;
}

/**
 * Checks everything a schema cannot see on its own: that every reference resolves, every value
 * is allowed for its dimension, every jurisdiction codes every dimension once, and dates agree.
 * @param today The day to treat as "now" (`YYYY-MM-DD`), so future effective dates are caught.
 * @param unreadable `collection/id` of files that exist but failed to read: references to them are
 *   not reported again, so one broken file gives one message, not a cascade.
 */
export function validateDataset(
	dataset: Dataset,
	today: string,
	unreadable: Set<string> = new Set()
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sourceIds = idsOf('sources', dataset.sources, unreadable);
	const jurisdictionIds = idsOf('jurisdictions', dataset.jurisdictions, unreadable);
	const assessmentIds = idsOf('assessments', dataset.assessments, unreadable);
	const dimensions = new Map(dataset.dimensions.map((d) => [d.id, d.data]));
	const unreadableDimensions = idsOf('dimensions', [], unreadable);

	const checkCitations = (file: string, field: string, citations: Citation[]) => {
		citations.forEach((citation, index) => {
			if (!sourceIds.has(citation.source)) {
				problems.push({
					file,
					field: `${field}[${index}]`,
					message: `unknown source "${citation.source}" (no content/sources/${citation.source}.yaml)`,
				});
			}
		});
	};

	const checkDuplicates = (collection: string, entries: DataEntry<unknown>[]) => {
		const seen = new Map<string, string>();
		for (const entry of entries) {
			const file = fileOf(collection, entry);
			const earlier = seen.get(entry.id);
			if (earlier) {
				problems.push({
					file,
					field: 'id',
					message: `duplicate id "${entry.id}" (also used by ${earlier})`,
				});
			}
			seen.set(entry.id, file);
		}
	};
	checkDuplicates('jurisdictions', dataset.jurisdictions);
	checkDuplicates('sources', dataset.sources);
	checkDuplicates('events', dataset.events);
	checkDuplicates('dimensions', dataset.dimensions);

	// One document, one record: a second source at the same address splits its citations, and the two
	// records drift apart (titles, dates, notes). The address is compared without scheme, `www.`,
	// fragment or trailing slash, which do not change the document.
	const addressOwners = new Map<string, string>();
	for (const entry of dataset.sources) {
		const file = fileOf('sources', entry);
		const address = documentAddress(entry.data.url);
		const owner = addressOwners.get(address);
		if (owner) {
			problems.push({
				file,
				field: 'url',
				message: `the same document as ${owner}; cite that source instead of keeping a second record of it`,
			});
		} else addressOwners.set(address, file);
	}

	const aliasOwners = new Map<string, string>();
	for (const entry of dataset.jurisdictions) {
		const file = fileOf('jurisdictions', entry);
		const j = entry.data;

		[j.name, ...j.aliases].forEach((alias, index) => {
			const key = alias.toLowerCase();
			const owner = aliasOwners.get(key);
			if (owner && owner !== entry.id) {
				problems.push({
					file,
					field: index === 0 ? 'name' : `aliases[${index - 1}]`,
					message: `"${alias}" already names ${owner}`,
				});
			}
			aliasOwners.set(key, entry.id);
		});

		j.parents.forEach((parent, index) => {
			if (parent === entry.id) {
				problems.push({
					file,
					field: `parents[${index}]`,
					message: 'a jurisdiction cannot be its own parent',
				});
			} else if (!jurisdictionIds.has(parent)) {
				problems.push({
					file,
					field: `parents[${index}]`,
					message: `unknown jurisdiction "${parent}"`,
				});
			}
		});

		if (j.jail) {
			if (!jurisdictionIds.has(j.jail.jurisdiction)) {
				problems.push({
					file,
					field: 'jail.jurisdiction',
					message: `unknown jurisdiction "${j.jail.jurisdiction}"`,
				});
			}
			checkCitations(file, 'jail.sources', j.jail.sources);
		}

		j.changes.forEach((change, index) => {
			const field = `changes[${index}].date`;
			if (change.date > today) {
				problems.push({
					file,
					field,
					message: `change dated ${change.date}, after today (${today})`,
				});
			}
			// The frontmatter reads as a log, oldest first; an entry out of order is usually a mistyped date.
			const previous = j.changes[index - 1];
			if (previous && change.date < previous.date) {
				problems.push({
					file,
					field,
					message: `dated ${change.date}, before changes[${index - 1}] (${previous.date}); list changes oldest first`,
				});
			}
		});

		const coded = new Map<string, number>();
		j.policies.forEach((policy, index) => {
			const field = `policies[${index}]`;
			const dimension = dimensions.get(policy.dimension);
			if (unreadableDimensions.has(policy.dimension)) {
				// Reported on the dimension's own file.
			} else if (!dimension) {
				problems.push({
					file,
					field: `${field}.dimension`,
					message: `unknown dimension "${policy.dimension}"`,
				});
			} else {
				const allowed = dimension.values.map((v) => v.id);
				const checkValue = (value: string, valueField: string) => {
					if (!allowed.includes(value)) {
						problems.push({
							file,
							field: valueField,
							message: `"${value}" is not an allowed value of ${policy.dimension} (allowed: ${allowed.join(', ')})`,
						});
					}
				};
				checkValue(policy.value, `${field}.value`);
				policy.history.forEach((h, hi) => checkValue(h.value, `${field}.history[${hi}].value`));
			}
			const earlier = coded.get(policy.dimension);
			if (earlier !== undefined) {
				problems.push({
					file,
					field: `${field}.dimension`,
					message: `"${policy.dimension}" is already coded at policies[${earlier}]`,
				});
			}
			coded.set(policy.dimension, index);
			checkCitations(file, `${field}.sources`, policy.sources);
			policy.history.forEach((h, hi) =>
				checkCitations(file, `${field}.history[${hi}].sources`, h.sources)
			);
			problems.push(...checkPolicyDates(file, field, policy, today));
		});
		for (const dimensionId of dimensions.keys()) {
			if (!coded.has(dimensionId)) {
				problems.push({
					file,
					field: 'policies',
					message: `no value for dimension "${dimensionId}" (use value "not-found" if it could not be established)`,
				});
			}
		}

		const statisticIds = new Set<string>();
		j.statistics.forEach((stat, index) => {
			if (statisticIds.has(stat.id)) {
				problems.push({
					file,
					field: `statistics[${index}].id`,
					message: `duplicate statistic id "${stat.id}"`,
				});
			}
			statisticIds.add(stat.id);
			checkCitations(file, `statistics[${index}].sources`, stat.sources);
		});

		j.classifications.forEach((c, index) => {
			if (!assessmentIds.has(c.assessment)) {
				problems.push({
					file,
					field: `classifications[${index}].assessment`,
					message: `unknown assessment "${c.assessment}"`,
				});
			}
			checkCitations(file, `classifications[${index}].sources`, c.sources);
		});
	}

	const withBodies: [string, DataEntry<unknown>[]][] = [
		['jurisdictions', dataset.jurisdictions],
		['dimensions', dataset.dimensions],
		['glossary', dataset.glossary],
	];
	for (const [collection, entries] of withBodies) {
		for (const entry of entries) {
			const ids = bodyCitations(entry.body ?? '');
			checkCitations(
				fileOf(collection, entry),
				'body <Cite s>',
				ids.map((source) => ({ source }))
			);
		}
	}

	for (const entry of dataset.events) {
		const file = fileOf('events', entry);
		entry.data.jurisdictions.forEach((id, index) => {
			if (!jurisdictionIds.has(id)) {
				problems.push({
					file,
					field: `jurisdictions[${index}]`,
					message: `unknown jurisdiction "${id}"`,
				});
			}
		});
		const { listed } = entry.data;
		if (listed) {
			const assessment = dataset.assessments.find((a) => a.id === listed.assessment);
			if (!assessment) {
				problems.push({
					file,
					field: 'listed.assessment',
					message: `unknown assessment "${listed.assessment}" (no content/assessments/${listed.assessment}.yaml)`,
				});
			} else if (listed.list && !assessment.data.lists.some((l) => l.id === listed.list)) {
				problems.push({
					file,
					field: 'listed.list',
					message: `"${listed.assessment}" has no list "${listed.list}" (its lists: ${assessment.data.lists.map((l) => l.id).join(', ')})`,
				});
			}
		}
		checkCitations(file, 'sources', entry.data.sources);
	}
	for (const entry of dataset.assessments) {
		checkCitations(fileOf('assessments', entry), 'sources', entry.data.sources);
	}
	for (const entry of dataset.glossary) {
		checkCitations(fileOf('glossary', entry), 'sources', entry.data.sources);
	}
	problems.push(...checkParentCycles(dataset));
	problems.push(...checkDates(dataset, today));
	problems.push(...checkAccuracy(dataset, today, unreadable));
	problems.push(...checkListMembers(dataset.assessments, dataset.jurisdictions));
	problems.push(...checkPlaceNamesEs(dataset, jurisdictionIds));
	return problems;
}

/** A source's URL reduced to what identifies the document: no scheme, `www.`, fragment or final slash. */
export function documentAddress(url: string): string {
	return url
		.trim()
		.replace(/^[a-z]+:\/\//i, '')
		.replace(/^www\./i, '')
		.replace(/#.*$/, '')
		.replace(/\/+$/, '')
		.replace(/^[^/]+/, (host) => host.toLowerCase());
}

/** Source ids cited inline in an MDX body with `<Cite s="…" />` or `<Cite s='…' />`. */
export function bodyCitations(body: string): string[] {
	return [...body.matchAll(/<Cite\s[^>]*?\bs=(?:"([^"]*)"|'([^']*)')/g)].map(
		(match) => (match[1] ?? match[2])!
	);
}

/** Jurisdictions whose chain of parents leads back to themselves (Chicago → Cook County → Chicago). */
function checkParentCycles(dataset: Dataset): ContentProblem[] {
	const parents = new Map(dataset.jurisdictions.map((j) => [j.id, j.data.parents]));
	const problems: ContentProblem[] = [];
	for (const entry of dataset.jurisdictions) {
		// Breadth-first walk up the parents; reaching the start again is a cycle.
		const seen = new Set<string>();
		const queue = [...entry.data.parents];
		const via = new Map<string, string>(queue.map((p) => [p, p]));
		while (queue.length > 0) {
			const id = queue.shift()!;
			if (id === entry.id) {
				if (entry.data.parents.includes(entry.id)) break; // reported as "its own parent"
				const first = via.get(id)!;
				problems.push({
					file: fileOf('jurisdictions', entry),
					field: `parents[${entry.data.parents.indexOf(first)}]`,
					message: `"${first}" leads back to ${entry.id} through its own parents (a cycle); a jurisdiction's parents are the governments above it`,
				});
				break;
			}
			if (seen.has(id)) continue;
			seen.add(id);
			for (const next of parents.get(id) ?? []) {
				if (!via.has(next)) via.set(next, via.get(id)!);
				queue.push(next);
			}
		}
	}
	return problems;
}

/** Date rules of one policy: no future dates unless proposed, no overlapping history ranges. */
function checkPolicyDates(
	file: string,
	field: string,
	policy: Policy,
	today: string
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (policy.since && policy.since > today && policy.status !== 'proposed') {
		problems.push({
			file,
			field: `${field}.since`,
			message: `takes effect ${policy.since}, after today (${today}); set status "proposed" or correct the date`,
		});
	}
	if (policy.verified > today) {
		problems.push({
			file,
			field: `${field}.verified`,
			message: `verified date ${policy.verified} is in the future`,
		});
	}
	const ranges = [...policy.history].map((h, index) => ({ ...h, index }));
	ranges.sort((a, b) => (a.from ?? '0000').localeCompare(b.from ?? '0000'));
	for (let i = 1; i < ranges.length; i++) {
		const previous = ranges[i - 1]!;
		const current = ranges[i]!;
		if ((current.from ?? '0000') <= previous.to) {
			problems.push({
				file,
				field: `${field}.history[${current.index}].from`,
				message: `range overlaps history[${previous.index}] (which runs to ${previous.to})`,
			});
		}
	}
	const last = ranges.at(-1);
	if (last && policy.since && last.to >= policy.since) {
		problems.push({
			file,
			field: `${field}.history[${last.index}].to`,
			message: `history runs to ${last.to}, not before the current value's since date ${policy.since}`,
		});
	}
	return problems;
}
