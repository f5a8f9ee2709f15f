/**
 * The pack used when none is named (an import read before the officer picks
 * one). Its own module, so the command line's help can name it without
 * loading the template catalogue.
 */
export const PREFERRED_TEMPLATE_ID = 'england-strategy';
