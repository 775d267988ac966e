import type { TimelineEvent } from '../schemas/event';
import type { DataEntry } from './dataset-types';

/** Events in date order (oldest first); same-day events keep a stable order by id. */
export function sortEvents(events: DataEntry<TimelineEvent>[]): DataEntry<TimelineEvent>[] {
	return [...events].sort(
		(a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)
	);
}

/**
 * The events that concern one jurisdiction, oldest first.
 * @param jurisdictionId The jurisdiction id.
 * @param events All events.
 */
export function eventsFor(
	jurisdictionId: string,
	events: DataEntry<TimelineEvent>[]
): DataEntry<TimelineEvent>[] {
	return sortEvents(events.filter((e) => e.data.jurisdictions.includes(jurisdictionId)));
}
