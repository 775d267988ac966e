import type { APIRoute } from 'astro';
import { countySprite } from '../../lib/ice-287g/county-map';

/** The county shapes every 287(g) list map references, built once and cached by the browser. */
export const GET: APIRoute = () =>
	new Response(countySprite(), { headers: { 'Content-Type': 'image/svg+xml' } });
