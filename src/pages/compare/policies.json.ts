import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/dataset';
import { orderedDimensions } from '../../lib/matrix';

/**
 * Every jurisdiction's policies with their dated history, and each dimension's values in order, so
 * the comparison page's date control can resolve any day with the same `valueAsOf` the build uses.
 */
export const GET: APIRoute = async () => {
	const { jurisdictions, dimensions } = await loadDataset();
	const body = {
		dimensions: orderedDimensions(dimensions).map((d) => ({
			id: d.id,
			values: d.data.values.map((v) => ({ id: v.id, label: v.label })),
		})),
		jurisdictions: jurisdictions.map((j) => ({ id: j.id, policies: j.data.policies })),
	};
	return new Response(JSON.stringify(body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
