/** The site's name, shown in every title, footer and link preview. */
export const SITE_NAME = 'Immigration Enforcement Policy Atlas';

/**
 * Where readers report errors: the public repository's issue tracker. Unset until the site has a
 * public home; pages then say what to send without pointing anywhere that does not exist.
 */
export const REPORT_ERRORS_URL: string | undefined = undefined;
