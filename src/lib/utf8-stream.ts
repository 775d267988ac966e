/**
 * A byte stream of text given in pieces, encoding each piece as UTF-8 only when it is read, so a
 * response body of any size is never held as one string.
 * @param pieces The text, in order.
 */
export function utf8Stream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const iterator = pieces[Symbol.iterator]();
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			const next = iterator.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
}
