import type { APIRoute, GetStaticPaths } from 'astro';
import { ice287g } from '../../../lib/ice-287g/data';
import { ice287gTables, tableCsv, tableJson } from '../../../lib/ice-287g/downloads';

/** The two formats of each 287(g) table, with the media type each is served as. */
const FORMATS = {
	csv: { write: tableCsv, type: 'text/csv; charset=utf-8' },
	json: { write: tableJson, type: 'application/json' },
} as const;

/** Every 287(g) download, as CSV and JSON: agreements of each list, agencies, counties. */
export const getStaticPaths = (() => {
	const { lists, agencies } = ice287g();
	return ice287gTables(lists, agencies).flatMap((table) =>
		Object.keys(FORMATS).map((format) => ({ params: { file: `${table.id}.${format}` } }))
	);
}) satisfies GetStaticPaths;

/**
 * One 287(g) file, written when it is asked for. The bodies are not route props: Astro keeps every
 * route's props for the whole build, and these were a fixed 17 MB of it.
 */
export const GET: APIRoute = ({ params }) => {
	const name = params.file!;
	const dot = name.lastIndexOf('.');
	const extension = name.slice(dot + 1);
	const format = Object.hasOwn(FORMATS, extension)
		? FORMATS[extension as keyof typeof FORMATS]
		: undefined;
	const { lists, agencies } = ice287g();
	const table = ice287gTables(lists, agencies).find((t) => t.id === name.slice(0, dot));
	if (!format || !table) return new Response(`No download is called ${name}`, { status: 404 });
	return new Response(format.write(table), { headers: { 'Content-Type': format.type } });
};
