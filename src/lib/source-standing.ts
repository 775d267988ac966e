import type { Source } from '../schemas/source';

/** Kinds of documents that report on a rule rather than being the rule, ruling or official act itself. */
const SECONDARY_KINDS = new Set<Source['kind']>(['news-report', 'advocacy-report', 'academic']);

/** Whether a cited URL is the primary document as its issuer published it, a copy of one, or a report. */
export type SourceStanding = 'primary' | 'copy' | 'secondary';

/** Plain-language labels for each standing, as shown in source lists and the codebook. */
export const SOURCE_STANDING_LABELS: Record<SourceStanding, string> = {
	primary: 'Primary document',
	copy: 'Copy or repost',
	secondary: 'Secondary report',
};

/**
 * Classifies a source: any source naming an original (`copyOf`) is a copy, whatever its kind;
 * otherwise laws, orders, rulings, letters and official reports are primary and news, advocacy
 * and academic work are secondary.
 */
export function sourceStanding(source: Source): SourceStanding {
	if (source.copyOf) return 'copy';
	return SECONDARY_KINDS.has(source.kind) ? 'secondary' : 'primary';
}

/** True when a source's own text says it has lapsed on or before `today`. */
export function hasExpired(source: Source, today: string): boolean {
	return source.expires !== undefined && source.expires < today;
}
