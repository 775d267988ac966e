import type { APIRoute } from 'astro';
import { changesFeedResponse } from '../lib/changes-feed';

/** The RSS feed of changes to jurisdiction pages, one item per recorded change, newest first. */
export const GET: APIRoute = ({ site }) => changesFeedResponse('en', site);
