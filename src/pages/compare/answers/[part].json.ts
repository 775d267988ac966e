import type { APIRoute, GetStaticPaths } from 'astro';
import { compareData } from '../../../lib/compare-data';
import { comparePages, comparisonIsSplit, type ComparePage } from '../../../lib/compare-pages';
import { loadDataset } from '../../../lib/dataset';
import { buildDay } from '../../../lib/today';
import { compareAnswersUrl } from '../../../lib/urls';

/** The file name `compareAnswersUrl` gives a page, without folder and extension. */
const part = (slug?: string) =>
	compareAnswersUrl(slug)
		.split('/')
		.at(-1)!
		.replace(/\.json$/, '');

export const getStaticPaths = (async () => {
	const { jurisdictions } = await loadDataset();
	// One file for the whole table, or, when the comparison is split, one per state page.
	if (!comparisonIsSplit(jurisdictions))
		return [{ params: { part: part() }, props: { jurisdictions } }];
	return comparePages(jurisdictions).map((page) => ({
		params: { part: part(page.slug) },
		props: { jurisdictions: page.jurisdictions },
	}));
}) satisfies GetStaticPaths;

/**
 * Every answer over time, by `valueOnDay`, of one comparison page's rows: loaded on demand by its
 * date control and side-by-side view, so a page fetches only what it shows.
 */
export const GET: APIRoute = async ({ props }) => {
	const { jurisdictions } = props as { jurisdictions: ComparePage['jurisdictions'] };
	return new Response(JSON.stringify(compareData(await loadDataset(), buildDay(), jurisdictions)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
