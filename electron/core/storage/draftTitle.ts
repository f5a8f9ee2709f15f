import type { CoverFields } from '../../../shared/model/draft.js';

export const UNTITLED = 'Untitled strategy';
const COPY_SUFFIX = ' (copy)';
const TITLE_MAX = 300;

/** A draft's title is its cover title; a blank one still needs a name in lists and menus. */
export function displayTitle(cover: CoverFields): string {
  return cover.title.trim() || UNTITLED;
}

/** Stays within the cover's title limit, so the copy's cover can be saved again unchanged. */
export function copyTitle(cover: CoverFields): string {
  return displayTitle(cover).slice(0, TITLE_MAX - COPY_SUFFIX.length) + COPY_SUFFIX;
}
