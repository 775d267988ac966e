import type { APIRoute, GetStaticPaths } from 'astro';
import { ice287g } from '../../../lib/ice-287g/data';
import { ice287gTables, tableCsv, tableJson } from '../../../lib/ice-287g/downloads';

/** Every 287(g) download, as CSV and JSON: agreements of each list, agencies, counties. */
export const getStaticPaths = (() => {
	const { lists, agencies } = ice287g();
	return ice287gTables(lists, agencies).flatMap((table) => [
		{
			params: { file: `${table.id}.csv` },
			props: { body: tableCsv(table), type: 'text/csv; charset=utf-8' },
		},
		{
			params: { file: `${table.id}.json` },
			props: { body: tableJson(table), type: 'application/json' },
		},
	]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props['body'] as string, { headers: { 'Content-Type': props['type'] as string } });
