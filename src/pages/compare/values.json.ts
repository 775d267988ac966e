import type { APIRoute } from 'astro';
import { compareData } from '../../lib/compare-data';
import { loadDataset } from '../../lib/dataset';
import { buildDay } from '../../lib/today';

/** Today's values with details and sources, loaded by the side-by-side view on demand. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(compareData(await loadDataset(), buildDay())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
