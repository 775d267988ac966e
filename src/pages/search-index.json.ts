import type { APIRoute } from 'astro';
import { searchRecords } from './_search-records';

/** The whole search index in one file, for tests, the benchmark and anyone who wants the data; the site's search fetches its shards instead. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await searchRecords()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
