import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOAD_FORMATS } from '../../../lib/downloads';
import { ice287g } from '../../../lib/ice-287g/data';
import { ice287gFile, ice287gTables } from '../../../lib/ice-287g/downloads';

/** Every 287(g) download, as CSV and JSON: agreements of each list, agencies, counties. */
export const getStaticPaths = (() => {
	const { lists, agencies } = ice287g();
	return ice287gTables(lists, agencies).flatMap((table) =>
		DOWNLOAD_FORMATS.map((format) => ({ params: { file: `${table.id}.${format}` } }))
	);
}) satisfies GetStaticPaths;

/**
 * One 287(g) file, written when it is asked for. The bodies are not route props: Astro keeps every
 * route's props for the whole build, and these were a fixed 17 MB of it.
 */
export const GET: APIRoute = ({ params }) => {
	const { lists, agencies } = ice287g();
	const file = ice287gFile(lists, agencies, params.file!);
	if (!file) return new Response(`No download is called ${params.file}`, { status: 404 });
	return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
