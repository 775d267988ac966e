import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { loadDataset } from '../lib/dataset';
import { ice287g } from '../lib/ice-287g/data';
import { ice287gSearchRecords } from '../lib/search/ice-287g-records';
import { buildSearchRecords, type BodyHeading } from '../lib/search/records';
import { buildDay } from '../lib/today';

/** The search index, generated from the collections at build time and loaded only when a reader searches. */
export const GET: APIRoute = async () => {
	const dataset = await loadDataset();
	const headings = new Map<string, BodyHeading[]>();
	for (const entry of dataset.jurisdictions) {
		const rendered = await render(entry as Parameters<typeof render>[0]);
		headings.set(entry.id, rendered.headings);
	}
	const { lists, agencies } = ice287g();
	const records = [
		...buildSearchRecords(dataset, headings, buildDay()),
		...ice287gSearchRecords(lists, agencies),
	];
	return new Response(JSON.stringify(records), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
