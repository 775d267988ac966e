import type { APIRoute, GetStaticPaths } from 'astro';
import type { ComparePage } from '../../../../lib/compare-pages';
import { compareAnswersPaths, compareAnswersResponse } from '../../../../lib/page-setup';

export const getStaticPaths = compareAnswersPaths satisfies GetStaticPaths;

/** The Spanish comparison pages' answers file: labels, dates and statuses in Spanish. */
export const GET: APIRoute = async ({ props }) =>
	compareAnswersResponse((props as Pick<ComparePage, 'jurisdictions'>).jurisdictions, 'es');
