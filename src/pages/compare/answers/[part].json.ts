import type { APIRoute, GetStaticPaths } from 'astro';
import type { ComparePage } from '../../../lib/compare-pages';
import { compareAnswersPaths, compareAnswersResponse } from '../../../lib/page-setup';

export const getStaticPaths = compareAnswersPaths satisfies GetStaticPaths;

/**
 * Every answer over time, by `valueOnDay`, of one comparison page's rows: loaded on demand by its
 * date control and side-by-side view, so a page fetches only what it shows.
 */
export const GET: APIRoute = async ({ props }) =>
	compareAnswersResponse((props as Pick<ComparePage, 'jurisdictions'>).jurisdictions, 'en');
