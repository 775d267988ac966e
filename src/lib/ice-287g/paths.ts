import { ice287g } from './data';
import { listedStates } from './views';

/** One static path per ICE list, shared by its page in every language. */
export function listPaths(): { params: { id: string } }[] {
	return ice287g().lists.map((list) => ({ params: { id: list.id } }));
}

/** One static path per state or territory on any list, shared by its page in every language. */
export function statePaths(): { params: { state: string } }[] {
	return listedStates(ice287g().lists).map((state) => ({
		params: { state: state.toLowerCase() },
	}));
}
