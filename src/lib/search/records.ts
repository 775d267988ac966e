import {
	glossaryUrl,
	jurisdictionPolicyUrl,
	jurisdictionUrl,
	policyPageUrl,
	sourcePageUrl,
	timelineEventUrl,
} from '../urls';
import { EVENT_KIND_LABELS } from '../../schemas/event';
import { JURISDICTION_KIND_LABELS } from '../../schemas/jurisdiction';
import { SOURCE_KIND_LABELS } from '../../schemas/source';
import type { Dataset } from '../dataset-types';
import { formatDate } from '../dates';
import { formatDatedFact, precisionOf } from '../dated-fact';
import { spanishNamesOf } from '../place-names-es';
import { STATE_NAMES } from '../states';
import type { SearchRecord } from './record-types';
import { valueOnDay } from '../value-on-day';

export type { SearchRecord } from './record-types';

/** The Spanish edition's questions and glossary terms (localized entries, same ids and order as English). */
export interface SpanishLabels {
	dimensions: Dataset['dimensions'];
	glossary: Dataset['glossary'];
}

/** A heading of a rendered MDX body, as Astro reports it. */
export interface BodyHeading {
	depth: number;
	slug: string;
	text: string;
}

/** The longest text kept per record; longer bodies are cut at a word boundary. */
export const MAX_TEXT = 200;

/** Kinds of sources that are the rule itself (a law, an order), whose names readers type. */
const RULE_KINDS = new Set([
	'statute',
	'ordinance',
	'executive-order',
	'regulation',
	'police-directive',
]);

/** The titles of the laws and orders among some citations, clipped, for the search keys. */
function lawNames(
	citations: readonly { source: string }[],
	sourcesById: Map<string, Dataset['sources'][number]>
): string[] {
	return citations.flatMap(({ source }) => {
		const entry = sourcesById.get(source);
		return entry && RULE_KINDS.has(entry.data.kind) ? [clip(entry.data.title, 140)] : [];
	});
}

function clip(text: string, max = MAX_TEXT): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.lastIndexOf(' ', max);
	return `${flat.slice(0, cut > max / 2 ? cut : max)} …`;
}

/**
 * Splits prose into chunks of whole sentences of at most `max` characters, so every word of a long
 * paragraph stays searchable while each record stays short.
 */
export function chunkSentences(text: string, max = MAX_TEXT): string[] {
	const sentences = text.match(/[^.!?]+(?:[.!?]+(?=\s|$)|$)/g) ?? [text];
	const chunks: string[] = [];
	let current = '';
	for (const raw of sentences) {
		const sentence = raw.trim();
		if (!sentence) continue;
		if (current && current.length + sentence.length + 1 > max) {
			chunks.push(current);
			current = '';
		}
		current = current ? `${current} ${sentence}` : sentence;
	}
	if (current) chunks.push(current);
	return chunks.map((chunk) => clip(chunk, max * 1.5));
}

/** Turns MDX prose into plain text: citations, JSX, links and emphasis markers removed. */
export function plainText(mdx: string): string {
	return mdx
		.replace(/<Cite\b[^>]*\/>/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`]+/g, '')
		.replace(/\s+([.,;:])/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * Splits an MDX body into its `##` sections, each paired with the slug Astro gave its heading, so a
 * hit deep in a page links to that heading's anchor. Paragraphs become separate records so records
 * stay short.
 * @param body The raw MDX body.
 * @param headings Headings from `render(entry)`, in document order.
 */
export function splitSections(
	body: string,
	headings: BodyHeading[]
): { heading: BodyHeading; paragraphs: string[] }[] {
	const h2 = headings.filter((h) => h.depth === 2);
	const parts = body.split(/^##\s+.*$/m).slice(1);
	return h2.map((heading, index) => ({
		heading,
		paragraphs: (parts[index] ?? '')
			.split(/\n\s*\n/)
			.map((p) => plainText(p.replace(/^#+\s+.*$/gm, '')))
			.filter((p) => p.length > 0),
	}));
}

/**
 * Builds every search record from the dataset: jurisdictions, policies, narrative sections,
 * dimensions, glossary terms, people, events and sources.
 * @param dataset All collections.
 * @param headingsById Rendered headings of each jurisdiction body, by jurisdiction id.
 * @param day `YYYY-MM-DD`: policy records carry the value that applies that day, as every page does.
 * @param spanish The questions and glossary terms in Spanish: their names become keys of the same
 *   records (one index serves both editions) and their titles are shown on the Spanish search page.
 */
export function buildSearchRecords(
	dataset: Dataset,
	headingsById: Map<string, BodyHeading[]>,
	day: string,
	spanish?: SpanishLabels
): SearchRecord[] {
	const spanishDimensions = new Map(spanish?.dimensions.map((d) => [d.id, d.data]));
	const spanishTerms = new Map(spanish?.glossary.map((g) => [g.id, g.data]));
	const records: SearchRecord[] = [];
	const dimensions = dataset.dimensions;
	const sourcesById = new Map(dataset.sources.map((entry) => [entry.id, entry]));
	for (const entry of dataset.jurisdictions) {
		const { id, data, body } = entry;
		const page = jurisdictionUrl(id);
		const spanishNames = spanishNamesOf(dataset, entry);
		// The title the Spanish search page shows: the Spanish name where the place has one.
		const spanishName = spanishNames[0] ?? data.name;
		records.push({
			y: 'jurisdiction',
			n: data.name,
			u: page,
			// Only the place's own names, in English and Spanish ("Filadelfia"): a name here lends
			// itself to every record of the page.
			k: [...data.aliases, ...spanishNames].join(' · '),
			x: clip(data.summary),
			// Kind and state are searched too, but as context: "city" or "Illinois" is not this place's name.
			c: `${JURISDICTION_KIND_LABELS[data.kind]}, ${STATE_NAMES[data.state] ?? data.state} (${data.state})`,
			...(spanishNames[0] && { s: spanishNames[0] }),
		});
		for (const dimension of dimensions) {
			const answer = valueOnDay(data, dimension, day);
			if (answer.kind === 'not-coded') continue;
			records.push({
				y: 'policy',
				n: `${data.name}: ${dimension.data.shortTitle}`,
				u: jurisdictionPolicyUrl(id, dimension.id),
				// Pinpoints ("§ 9-131(b)", "Ch. 41.6.1") let a loosely typed citation find the rule.
				k: answer.sources.flatMap((c) => c.pinpoint ?? []).join(' · '),
				// The names of the laws and orders it rests on let "Local Law 228" find the rule itself.
				l: lawNames(answer.sources, sourcesById).join(' · '),
				// A proposed or future rule stays findable, labelled as not in effect.
				x: clip(
					answer.pending
						? `${answer.detail} On file, not in effect: ${answer.pending.detail}`
						: answer.detail
				),
				c: answer.label,
				...(spanishDimensions.has(dimension.id) && {
					s: `${spanishName}: ${spanishDimensions.get(dimension.id)!.shortTitle}`,
				}),
			});
		}
		for (const { heading, paragraphs } of splitSections(body ?? '', headingsById.get(id) ?? [])) {
			for (const chunk of paragraphs.flatMap((p) => chunkSentences(p))) {
				records.push({
					y: 'section',
					n: `${data.name}: ${heading.text}`,
					u: `${page}#${heading.slug}`,
					k: '',
					x: chunk,
				});
			}
		}
		for (const person of data.people) {
			records.push({
				y: 'person',
				n: person.name,
				u: page,
				k: '',
				x: clip(person.role, 100),
				c: data.name,
			});
		}
	}
	for (const { id, data } of dimensions) {
		const es = spanishDimensions.get(id);
		// The answers' words ("honoured", "judicial warrant") are how readers ask the question, in
		// either language ("detención", "orden judicial"); labels shared by several answers count once.
		const labels = (d: typeof data) => [d.shortTitle, ...d.values.map((v) => v.label)];
		const keys = [...labels(data), ...(es ? [es.title, ...labels(es)] : [])];
		records.push({
			y: 'dimension',
			n: data.title,
			u: policyPageUrl(id),
			k: [...new Set(keys)].join(' · '),
			x: data.question,
			...(es && { s: es.title }),
		});
	}
	for (const { id, data } of dataset.glossary) {
		const es = spanishTerms.get(id);
		const keys = [...data.aliases, ...(es ? [es.term, ...es.aliases] : [])];
		records.push({
			y: 'glossary',
			n: data.term,
			u: glossaryUrl(id),
			k: [...new Set(keys)].join(' · '),
			x: clip(data.short),
			...(es && { s: es.term }),
		});
	}
	for (const { id, data } of dataset.events) {
		records.push({
			y: 'event',
			n: data.title,
			u: timelineEventUrl(id),
			k: EVENT_KIND_LABELS[data.kind],
			x: clip(data.summary),
			c: formatDatedFact(data.date, data.dateMeaning, precisionOf(data.date)).text,
		});
	}
	for (const { id, data } of dataset.sources) {
		records.push({
			y: 'source',
			n: data.title,
			u: sourcePageUrl({ id, ...data }),
			k: SOURCE_KIND_LABELS[data.kind],
			x: '',
			c: `${data.publisher}, ${formatDate(data.published)}`,
		});
	}
	return records;
}
