import type { TimelineEvent } from '../schemas/event';
import type { DataEntry } from './dataset-types';

/**
 * The events that concern one jurisdiction, oldest first.
 * @param jurisdictionId The jurisdiction id.
 * @param events All events, in the dataset's (date) order.
 */
export function eventsFor(
	jurisdictionId: string,
	events: DataEntry<TimelineEvent>[]
): DataEntry<TimelineEvent>[] {
	return events.filter((e) => e.data.jurisdictions.includes(jurisdictionId));
}
