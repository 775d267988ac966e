import type { APIRoute, GetStaticPaths } from 'astro';
import { searchShards } from '../../_search-records';

/** One file per chunk of body records, by chunk number (see `shardIndex`). */
export const getStaticPaths = (async () => {
	const { chunks } = await searchShards();
	return chunks.map((records, n) => ({ params: { n: String(n) }, props: { records } }));
}) satisfies GetStaticPaths;

/** Serves a chunk's numbered records as JSON. */
export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.records), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
