import type { APIRoute, GetStaticPaths } from 'astro';
import { shardIndex } from '../../lib/search/shards';
import { searchRecords } from '../_search-records';

/** One file per shard, plus "head": the first shard, which lists the others. */
export const getStaticPaths = (async () => {
	const { head, shards } = shardIndex(await searchRecords());
	return [
		{ params: { key: 'head' }, props: { body: head } },
		...[...shards].map(([key, records]) => ({ params: { key }, props: { body: records } })),
	];
}) satisfies GetStaticPaths;

/** Serves a shard as JSON. */
export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props.body), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
