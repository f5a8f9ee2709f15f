import type { SectionStatus } from '../../shared/completeness/index.js';

/**
 * How the navigator shows each section's completeness: a shape as well as a
 * colour (so it does not depend on seeing colour) and words for screen
 * readers.
 */
export const SECTION_PROGRESS: Record<SectionStatus, { icon: string; label: string }> = {
  complete: { icon: '✓', label: 'Complete' },
  incomplete: { icon: '◐', label: 'Incomplete' },
  missing: { icon: '○', label: 'Missing' },
};

export const SECTION_STATUSES: readonly SectionStatus[] = ['complete', 'incomplete', 'missing'];
