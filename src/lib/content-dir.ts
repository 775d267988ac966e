/**
 * The content folder the build reads: `./content`, or `ATLAS_CONTENT_DIR` when tests or the
 * benchmark point the build at another copy (a deliberately broken one, or one with thousands of
 * synthetic pages).
 */
export const CONTENT_DIR = process.env.ATLAS_CONTENT_DIR ?? './content';
