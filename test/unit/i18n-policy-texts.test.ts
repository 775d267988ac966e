import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem';
import { readTranslations } from '../../src/lib/i18n/read-translations';
import {
	policyTextsOf,
	spanishPolicyText,
	stalePolicyTexts,
	unknownPolicyDimensions,
} from '../../src/lib/i18n/policy-texts';

const SUMMARY =
	'summary: { en: "Chicago limits cooperation.", es: "Chicago limita la cooperación." }';
const NOW = 'City agents may not hold anyone on a detainer.';
const THEN = 'The 2012 ordinance allowed holds in four listed cases.';
const SEARCHED = 'The council records of 2012 to 2026 and the police manual.';

/** A content folder holding only the given Spanish jurisdiction files, read as the build reads it. */
function read(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'policy-texts-'));
	const dir = join(root, 'content', 'i18n', 'es', 'jurisdictions');
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return readTranslations(join(root, 'content'), root)!;
}

const policy = (detail: string, history: string[] = [], searched?: string) =>
	({
		dimension: 'detainers',
		detail,
		history: history.map((text) => ({ detail: text })),
		...(searched && { searched: { what: searched, on: '2026-11-30' } }),
	}) as never;
const chicago = (policies: unknown[]) =>
	({ id: 'chicago', data: { summary: 'Chicago limits cooperation.', policies } }) as never;

const FILE = `${SUMMARY}
policies:
  detainers:
    - { en: "${NOW}", es: "Los agentes no pueden retener a nadie por una [[detainer]]." }
    - { en: "${THEN}", es: "La ordenanza de 2012 permitía retenciones en cuatro casos." }
`;

describe('translated policy-card texts', () => {
	it('lists the texts a card shows: current detail, earlier details, what was searched', () => {
		expect(policyTextsOf(policy(NOW, [THEN], SEARCHED))).toEqual([NOW, THEN, SEARCHED]);
	});

	it('shows the Spanish of exactly this English text, terms filled, whatever its position', () => {
		const { translations, problems } = read({ 'chicago.yaml': FILE });
		expect(problems).toEqual([]);
		const file = translations.jurisdictions.get('chicago');
		const fill = (text: string) => text.replace('[[detainer]]', 'solicitud de retención');
		expect(spanishPolicyText(NOW, file, 'detainers', fill)).toEqual({
			text: 'Los agentes no pueden retener a nadie por una solicitud de retención.',
			lang: 'es',
		});
		// A period's text finds its own pair even if periods are listed in another order.
		expect(spanishPolicyText(THEN, file, 'detainers').text).toMatch(/^La ordenanza de 2012/);
		// The same words under another question are not translated by this pair.
		expect(spanishPolicyText(NOW, file, 'jail-access')).toEqual({
			text: NOW,
			lang: 'en',
			fallback: 'missing',
		});
		expect(stalePolicyTexts(translations.jurisdictions, [chicago([policy(NOW, [THEN])])])).toEqual(
			[]
		);
	});

	it('shows the English, and warns naming file and key, when the English text has changed', () => {
		const { translations } = read({ 'chicago.yaml': FILE });
		const changed = 'City agents may not hold anyone on a detainer or an administrative warrant.';
		expect(
			spanishPolicyText(changed, translations.jurisdictions.get('chicago'), 'detainers')
		).toEqual({ text: changed, lang: 'en', fallback: 'stale' });
		expect(
			stalePolicyTexts(translations.jurisdictions, [chicago([policy(changed, [THEN])])]).map(
				formatProblem
			)
		).toEqual([
			expect.stringMatching(
				/^content\/i18n\/es\/jurisdictions\/chicago\.yaml → policies\.detainers\[0\]\.en: stale/
			),
		]);
		// A question the page no longer codes leaves every pair of it stale.
		expect(stalePolicyTexts(translations.jurisdictions, [chicago([])])).toHaveLength(2);
	});

	it('rejects a pair without Spanish and a question the site does not have', () => {
		const { translations, problems } = read({
			'chicago.yaml': `${SUMMARY}\npolicies:\n  detainers:\n    - { en: "${NOW}" }\n  detainer:\n    - { en: "${NOW}", es: "Texto." }\n`,
		});
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/chicago\.yaml → policies\.detainers\[0\]\.es: required but missing/),
		]);
		expect(translations.jurisdictions.get('chicago')).toBeUndefined();
		const { translations: ok } = read({
			'chicago.yaml': `${SUMMARY}\npolicies:\n  detainer:\n    - { en: "${NOW}", es: "Texto." }\n`,
		});
		expect(
			unknownPolicyDimensions(ok.jurisdictions, ['detainers', 'jail-access']).map(formatProblem)
		).toEqual([
			'content/i18n/es/jurisdictions/chicago.yaml → policies.detainer: no question "detainer"; use one of: detainers, jail-access',
		]);
	});
});
