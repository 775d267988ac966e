import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../lib/dataset';
import { downloadFiles, TABLE_IDS } from '../../lib/downloads';

export const getStaticPaths = (() =>
	TABLE_IDS.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

/** Each download table as JSON, generated from the collections at build time. */
export const GET: APIRoute = async ({ params, site }) => {
	const file = downloadFiles(await loadDataset(), String(site)).find(
		(f) => f.format === 'json' && f.table.id === params.table
	)!;
	return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
