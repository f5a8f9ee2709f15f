/**
 * Where the user is, kept in the URL's hash so a reload returns to the same
 * draft and section (the web host serves one page; Electron loads one file).
 */
export type Route = { screen: 'library' } | { screen: 'draft'; draftId: string; sectionId: string | null } | { screen: 'progress'; draftId: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECTION_ID = /^[a-z][a-z0-9-]{0,63}$/;

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'draft' && parts[1] !== undefined && ID.test(parts[1])) {
    const sectionId = parts[2] !== undefined && SECTION_ID.test(parts[2]) ? parts[2] : null;
    return { screen: 'draft', draftId: parts[1], sectionId };
  }
  if (parts[0] === 'progress' && parts[1] !== undefined && ID.test(parts[1])) return { screen: 'progress', draftId: parts[1] };
  return { screen: 'library' };
}

export function routeToHash(route: Route): string {
  if (route.screen === 'library') return '#/';
  if (route.screen === 'progress') return `#/progress/${route.draftId}`;
  return route.sectionId === null ? `#/draft/${route.draftId}` : `#/draft/${route.draftId}/${route.sectionId}`;
}
