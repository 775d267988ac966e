import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../../lib/changes-feed';

/** The same feed in Spanish: Spanish pages, places and kinds; each summary as recorded, in English. */
export const GET: APIRoute = ({ site }) => changesFeedResponse('es', site);
