import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../lib/dataset';
import { DOWNLOAD_FORMATS, downloadFile, TABLE_IDS } from '../../lib/downloads';
import { utf8Stream } from '../../lib/utf8-stream';
import { buildDay } from '../../lib/today';

export const getStaticPaths = (() =>
	TABLE_IDS.flatMap((table) =>
		DOWNLOAD_FORMATS.map((format) => ({ params: { file: `${table}.${format}` } }))
	)) satisfies GetStaticPaths;

/**
 * Each download table as CSV or JSON (`policies.csv`, `policies.json`, …), from the collections.
 * Each file is built on its own and nothing is kept: holding every table and body for the whole
 * build was one of the largest things it kept at thousands of places. The body is streamed piece
 * by piece as UTF-8, so the file is never also one string.
 */
export const GET: APIRoute = async ({ params, site }) => {
	const file = downloadFile(await loadDataset(), String(site), buildDay(), params.file!);
	if (!file) return new Response(`No download is called ${params.file}`, { status: 404 });
	return new Response(utf8Stream(file.pieces()), { headers: { 'Content-Type': file.mediaType } });
};
