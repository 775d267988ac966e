import type { APIRoute, GetStaticPaths } from 'astro';
import { searchShards } from '../_search-records';

/** One file per word shard (the chunks that hold its words), plus "head", which lists the others. */
export const getStaticPaths = (async () => {
	const { head, shards } = await searchShards();
	return [
		{ params: { key: 'head' }, props: { body: head } },
		...[...shards].map(([key, chunks]) => ({ params: { key }, props: { body: chunks } })),
	];
}) satisfies GetStaticPaths;

/** Serves a shard as JSON. */
export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
