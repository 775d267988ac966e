import type { APIRoute } from 'astro';
import { compareData } from '../../lib/compare-data';
import { loadDataset } from '../../lib/dataset';
import { buildDay } from '../../lib/today';

/** Every answer over time, by `valueOnDay`: loaded on demand by the date control and the side-by-side view. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(compareData(await loadDataset(), buildDay())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
