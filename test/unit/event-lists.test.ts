import { describe, expect, it } from 'vitest';
import { withListedJurisdictions } from '../../src/lib/event-lists';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');
const event = dataset.events[0]!;

/** The fixture dataset with its one event drawing its places from a list. */
function withEvent(data: Partial<typeof event.data>) {
	return withListedJurisdictions({
		...dataset,
		events: [{ ...event, data: { ...event.data, ...data } }],
	}).events[0]!.data.jurisdictions;
}

describe('withListedJurisdictions', () => {
	it("adds every page classified on the event's list, after the pages it names itself", () => {
		expect(
			withEvent({ jurisdictions: ['fixture-state'], listed: { assessment: 'fixture-list' } })
		).toEqual(['fixture-state', 'fixture-city']);
	});

	it('names a page once when the event also names it by hand', () => {
		expect(
			withEvent({
				jurisdictions: ['fixture-city'],
				listed: { assessment: 'fixture-list', list: 'named' },
			})
		).toEqual(['fixture-city']);
	});

	it('leaves out pages classified as not listed, and events that name no list', () => {
		const notListed = {
			...dataset,
			jurisdictions: dataset.jurisdictions.map((j) => ({
				...j,
				data: {
					...j.data,
					classifications: j.data.classifications.map((c) => ({ ...c, listing: ['not-listed'] })),
				},
			})),
			events: [
				{
					...event,
					data: { ...event.data, jurisdictions: [], listed: { assessment: 'fixture-list' } },
				},
			],
		};
		expect(withListedJurisdictions(notListed).events[0]!.data.jurisdictions).toEqual([]);
		expect(withEvent({ jurisdictions: [] })).toEqual([]);
	});
});
