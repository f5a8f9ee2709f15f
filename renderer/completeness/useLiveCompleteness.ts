import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CompletenessReport } from '../../shared/completeness/index.js';
import { afterNextPaint } from '../app/afterNextPaint.js';
import type { DraftSession } from '../draft/draftSession.js';
import { LiveCompleteness } from './liveCompleteness.js';
import { sessionCheckSource } from './sessionCheckSource.js';

/**
 * The live check of an open draft, made when the draft screen mounts and
 * stopped when it goes. Created in an effect rather than during render so a
 * remount (React's strict mode does one) never leaves a disposed checker on
 * screen; until then there is no report. Its first check reads the whole
 * draft, so it waits until the section has been painted: the writer sees the
 * text at once and the check a moment later.
 */
export function useLiveCompleteness(session: DraftSession, localNames?: Record<string, string>): LiveCompleteness | null {
  const [live, setLive] = useState<LiveCompleteness | null>(null);
  useEffect(() => {
    let created: LiveCompleteness | null = null;
    const cancel = afterNextPaint(() => {
      created = new LiveCompleteness(session.template, sessionCheckSource(session, localNames));
      setLive(created);
    });
    return () => {
      cancel();
      created?.dispose();
    };
  }, [session, localNames]);
  return live;
}

const noSubscription = () => () => undefined;
const noReport = () => null;

export function useCompletenessReport(live: LiveCompleteness | null): CompletenessReport | null {
  return useSyncExternalStore(live?.subscribe ?? noSubscription, live?.getReport ?? noReport);
}
