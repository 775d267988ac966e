import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../src/lib/i18n/check-translations';
import { localizeIce287gTable } from '../../src/lib/i18n/codebook';
import { readTranslations } from '../../src/lib/i18n/read-translations';
import { pluralKey, translator } from '../../src/lib/i18n/strings';
import { ice287gTables } from '../../src/lib/ice-287g/downloads';
import { disagreement, jurisdictionListing } from '../../src/lib/ice-287g/jurisdiction';
import { reasonParts, reasonText } from '../../src/lib/ice-287g/reasons';
import { countWords, listDay } from '../../src/lib/ice-287g/views';
import {
	counterpartUrl,
	ice287gAgencyUrl,
	ice287gCountyUrl,
	ice287gListUrl,
	ice287gUrl,
} from '../../src/lib/urls';
import type { Ice287gAgency, Ice287gList, Ice287gUnplaced } from '../../src/schemas/ice-287g';
import type { Jurisdiction } from '../../src/schemas/jurisdiction';

const { translations } = readTranslations('content')!;
const tables = [
	translations.tables.get('pages/ice-287g')?.data,
	translations.tables.get('ui')?.data,
];
const terms = translations.terms?.data ?? {};
const es = translator(tables, terms, 'es', 'ice-287g');
const en = translator(tables, terms, 'en', 'ice-287g');
const unplaced = JSON.parse(
	readFileSync('content/ice-287g/unplaced.json', 'utf8')
) as Ice287gUnplaced[];

describe('287(g) pages in Spanish', () => {
	it('give each list, state, county and agency a Spanish address that pairs with the English one', () => {
		expect(ice287gUrl('lists', 'es')).toBe('/es/ice-287g/#lists');
		expect(ice287gListUrl('2026-05-18', 'es')).toBe('/es/ice-287g/lists/2026-05-18/');
		expect(ice287gCountyUrl('TX', '48201', 'es')).toBe('/es/ice-287g/states/tx/#county-48201');
		expect(ice287gAgencyUrl('NV', 'nv-x')).toBe('/ice-287g/states/nv/#agency-nv-x');
		for (const path of ['/ice-287g/', '/ice-287g/data/', '/ice-287g/unplaced/'])
			expect(counterpartUrl(path, 'es')).toBe(`/es${path}`);
		expect(counterpartUrl('/es/ice-287g/states/tx/', 'en')).toBe('/ice-287g/states/tx/');
		expect(counterpartUrl('/ice-287g/lists/pending-2025-07-18/', 'es')).toBe(
			'/es/ice-287g/lists/pending-2025-07-18/'
		);
		expect(counterpartUrl('/ice-287g/counties.svg', 'es')).toBeUndefined();
	});

	it('word the models, counts and days in Spanish, keeping ISO days in English', () => {
		expect(es('model.JEM')).toBe('modelo de cárcel (Jail Enforcement Model)');
		expect(es('legend-model.WSO')).toBe('agente de ejecución de órdenes');
		expect(en('model.TFM')).toBe('Task Force Model');
		expect(countWords('county', 1, 'es', es)).toBe('1 condado');
		expect(countWords('agreement', 1584, 'es', es)).toBe('1,584 acuerdos');
		expect(countWords('agreement', 1, 'en', en)).toBe('1 agreement');
		expect(listDay('2026-05-18', 'es')).toBe('18 de mayo de 2026');
		expect(listDay('2026-05-18', 'en')).toBe('2026-05-18');
	});

	it('read every reason the importer gave back into parts, and word each in Spanish', () => {
		const reasons = [...new Set(unplaced.map((u) => u.reason))];
		expect(reasons.length).toBeGreaterThan(5);
		for (const reason of reasons) {
			expect(reasonParts(reason).length, reason).toBeGreaterThan(0);
			expect(reasonText(reason, es), reason).not.toMatch(/\{\w+\}|no other list|matches|given/);
		}
		expect(reasonText(unplaced.find((u) => u.countyAsGiven === '#N/A')!.reason, es)).toBe(
			'no se indica condado (COUNTY es “#N/A”) y ninguna otra lista indica uno'
		);
		expect(reasonParts('COUNTY "Bowie County" matches no county of AR in us-atlas')).toEqual([
			{ kind: 'no-match', clue: 'county', text: 'Bowie County', state: 'AR' },
		]);
		expect(
			reasonParts(
				'agency name: "Washington County" matches 2 counties of XX (01001, 01003); no county given (COUNTY is empty) and no other list gives one'
			)
		).toEqual([
			{
				kind: 'several',
				clue: 'name',
				text: 'Washington County',
				count: 2,
				state: 'XX',
				fips: '01001, 01003',
			},
			{ kind: 'no-county', given: null },
		]);
	});

	it('stop the build naming a reason whose shape has no Spanish wording', () => {
		expect(() => reasonParts('no county given; COUNTY is on fire')).toThrow(
			/content\/ice-287g\/unplaced\.json: reason "no county given; COUNTY is on fire": the part "no county given" has no translation/
		);
	});

	it('say how a jurisdiction was matched, and where it disagrees, for the page to word', () => {
		const lists: Ice287gList[] = [
			{
				id: '2026-05-18',
				kind: 'participating',
				date: '2026-05-18',
				dateBasis: 'ICE file name',
				time: 'am',
				file: 'x.xlsx',
				sha256: '0'.repeat(64),
				format: 'ICE workbook',
				copies: [],
				rawRows: 0,
				blankRows: 0,
				rows: [],
			},
		];
		const agencies: Ice287gAgency[] = [];
		const place = (kind: Jurisdiction['kind'], name: string, state: string) =>
			({ kind, name, state, shortName: undefined }) as unknown as Jurisdiction;
		expect(jurisdictionListing(place('state', 'Texas', 'TX'), lists, agencies).match).toEqual({
			by: 'state',
		});
		expect(jurisdictionListing(place('city', 'Chicago', 'IL'), lists, agencies).match).toEqual({
			by: 'city',
			name: 'Chicago',
			state: 'IL',
		});
		const cook = jurisdictionListing(place('county', 'Cook County', 'IL'), lists, agencies);
		expect(cook.match).toEqual({ by: 'county', county: 'Cook', fips: '17031' });
		expect(disagreement('active', cook)).toEqual({ kind: 'coded-active' });
		expect(disagreement('none', { ...cook, current: 3 })).toEqual({
			kind: 'coded-none',
			current: 3,
		});
		expect(disagreement('none', cook)).toBeUndefined();
		const nowhere = jurisdictionListing(place('county', 'Nowhere County', 'IL'), lists, agencies);
		expect(nowhere.match).toEqual({ by: 'none', state: 'IL' });
		expect(disagreement('active', nowhere)).toBeUndefined();
		// The jurisdiction page's words for them, in both languages.
		const page = translator(
			[translations.tables.get('pages/jurisdiction')?.data, ...tables],
			terms,
			'es',
			'jurisdiction'
		);
		expect(page('ice.match.county', { county: 'Cook', fips: '17031' })).toBe(
			'los organismos ubicados en Cook (código FIPS del condado: 17031)'
		);
		expect(page(pluralKey('ice.disagree.coded-none', 1, 'es'), { n: 1 })).toContain(
			'tiene 1 acuerdo de'
		);
	});

	it('explain every download column in Spanish, with the list’s day written out', () => {
		const list = JSON.parse(
			readFileSync('content/ice-287g/lists/2026-05-18.json', 'utf8')
		) as Ice287gList;
		const [agreements, agenciesTable] = ice287gTables([list], []);
		const spanish = localizeIce287gTable(agreements!, 'es', es);
		expect(spanish.title).toBe('Acuerdos según la lista de ICE del 18 de mayo de 2026');
		expect(spanish.columns.map((c) => c.name)).toEqual(agreements!.columns.map((c) => c.name));
		expect(spanish.columns.find((c) => c.name === 'signed')?.type).toBe('fecha');
		const english = localizeIce287gTable(agenciesTable!, 'en', en);
		expect(english.title).toBe('Agencies with their history');
		expect(english.columns[0]).toEqual({
			name: 'agency_id',
			type: 'text',
			description: 'Stable id of the agency across lists.',
		});
	});

	it('report a codebook translation whose English no longer matches the code, or a missing model', () => {
		const table = translations.tables.get('pages/ice-287g')!;
		const { 'model.WSO': _dropped, ...rest } = table.data;
		const changed = new Map(translations.tables);
		changed.set('pages/ice-287g', {
			...table,
			data: { ...rest, 'column.agencies.agency': { en: 'Old words.', es: 'Palabras viejas.' } },
		});
		const problems = checkTranslations(
			{ ...translations, tables: changed },
			{ dimensions: [], glossary: [], jurisdictions: [], events: [], sources: [], assessments: [] },
			'content/i18n/es'
		).filter((p) => p.file.endsWith('pages/ice-287g.yaml'));
		expect(problems.map((p) => p.field).sort()).toEqual(['column.agencies.agency.en', 'model.WSO']);
		// The tables as they are have no such problem.
		const clean = checkTranslations(
			translations,
			{ dimensions: [], glossary: [], jurisdictions: [], events: [], sources: [], assessments: [] },
			'content/i18n/es'
		).filter((p) => p.file.endsWith('pages/ice-287g.yaml'));
		expect(clean).toEqual([]);
	});
});
