import { gzipSync } from 'node:zlib';
import { render } from 'astro:content';
import { loadDataset } from '../lib/dataset';
import { localizeDimension, localizeGlossaryTerm } from '../lib/i18n/localize';
import { ice287g } from '../lib/ice-287g/data';
import { ice287gSearchRecords } from '../lib/search/ice-287g-records';
import { buildSearchRecords, type BodyHeading } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/record-types';
import { shardIndex } from '../lib/search/shards';
import { buildDay } from '../lib/today';

let building: Promise<SearchRecord[]> | undefined;

/** The search records of the whole site, built once per build and split into the search files. */
export function searchRecords(): Promise<SearchRecord[]> {
	building ??= (async () => {
		const dataset = await loadDataset();
		const headings = new Map<string, BodyHeading[]>();
		for (const entry of dataset.jurisdictions) {
			const rendered = await render(entry as Parameters<typeof render>[0]);
			headings.set(entry.id, rendered.headings);
		}
		const { lists, agencies } = ice287g();
		return [
			...buildSearchRecords(dataset, headings, buildDay(), {
				dimensions: dataset.dimensions.map((d) => localizeDimension(d, 'es')),
				glossary: dataset.glossary.map((g) => localizeGlossaryTerm(g, 'es')),
			}),
			...ice287gSearchRecords(lists, agencies),
		];
	})();
	return building;
}

let sharding: Promise<ReturnType<typeof shardIndex>> | undefined;

/** The head, word shards and chunks of the search index, split once and shared by their routes. */
export function searchShards(): Promise<ReturnType<typeof shardIndex>> {
	sharding ??= searchRecords().then((records) =>
		shardIndex(records, (json) => gzipSync(json).length)
	);
	return sharding;
}
