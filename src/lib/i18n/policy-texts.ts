import type { ContentProblem } from '../content-problem';
import type { DataEntry } from '../dataset-types';
import type { Jurisdiction } from '../../schemas/jurisdiction';
import type { JurisdictionTranslation } from '../../schemas/i18n';
import type { Policy } from '../../schemas/policy';
import type { TranslatedFile } from './read-translations';
import type { LocalText } from './summary';

/** The English texts a policy card shows for one entry: current detail, earlier details oldest first, what was searched. */
export function policyTextsOf(policy: Policy): string[] {
	const texts = [
		policy.detail,
		...policy.history.map((period) => period.detail),
		policy.searched?.what,
	];
	return [...new Set(texts.filter((text): text is string => Boolean(text)))];
}

/**
 * One policy text as a Spanish page shows it: the translation whose `en` is exactly this English
 * text, else the English (the page marks it). Matching on the text, not on a position, means an
 * added or reordered period never picks up another period's Spanish.
 * @param english The text as the English page shows it.
 * @param file The jurisdiction's content/i18n/es/jurisdictions/<id>.yaml, when there is one.
 * @param dimensionId The question the text belongs to.
 * @param fill Fills the Spanish text's `[[term]]` references from the terminology list.
 */
export function spanishPolicyText(
	english: string,
	file: TranslatedFile<JurisdictionTranslation> | undefined,
	dimensionId: string,
	fill: (text: string) => string = (text) => text
): LocalText {
	const pairs = file?.data.policies[dimensionId];
	const pair = pairs?.find((p) => p.en === english);
	if (pair) return { text: fill(pair.es), lang: 'es' };
	return { text: english, lang: 'en', fallback: pairs ? 'stale' : 'missing' };
}

/**
 * Policy translations whose English no longer appears on the page, as warnings naming file and
 * key (`policies.<dimension>[i].en`). They warn rather than fail, as stale summaries do: a writer
 * correcting a detail must not wait for the translation; the Spanish page shows the English meanwhile.
 */
export function stalePolicyTexts(
	files: Map<string, TranslatedFile<JurisdictionTranslation>>,
	jurisdictions: Pick<DataEntry<Jurisdiction>, 'id' | 'data'>[]
): ContentProblem[] {
	return jurisdictions.flatMap(({ id, data }) => {
		const file = files.get(id);
		if (!file) return [];
		return Object.entries(file.data.policies).flatMap(([dimensionId, pairs]) => {
			const policy = data.policies.find((p) => p.dimension === dimensionId);
			const current = new Set(policy ? policyTextsOf(policy) : []);
			return pairs.flatMap((pair, index) =>
				current.has(pair.en)
					? []
					: [
							{
								file: file.file,
								field: `policies.${dimensionId}[${index}].en`,
								message: `stale: no text on /jurisdictions/${id}/ under "${dimensionId}" reads like this any more; translate the current English and copy it here (until then /es/jurisdictions/${id}/ shows the English)`,
							},
						]
			);
		});
	});
}

/** Policy translations filed under a question the site does not have: an error, as a typo would hide them. */
export function unknownPolicyDimensions(
	files: Map<string, TranslatedFile<JurisdictionTranslation>>,
	dimensionIds: Iterable<string>
): ContentProblem[] {
	const known = new Set(dimensionIds);
	return [...files.values()].flatMap(({ file, data }) =>
		Object.keys(data.policies)
			.filter((id) => !known.has(id))
			.map((id) => ({
				file,
				field: `policies.${id}`,
				message: `no question "${id}"; use one of: ${[...known].join(', ')}`,
			}))
	);
}
