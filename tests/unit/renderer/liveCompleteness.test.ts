import { EditorState } from 'prosemirror-state';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftSectionInput } from '../../../shared/completeness/index.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { CoverFields } from '../../../shared/model/draft.js';
import { LiveCompleteness, type CheckSource } from '../../../renderer/completeness/liveCompleteness.js';
import { doc, h, p, ul } from '../completeness/fixtures/build.js';
import { completeCover, completeSections } from '../completeness/fixtures/completeStrategy.js';
import { testTemplate } from '../completeness/fixtures/template.js';

function fakeSource(sections: DraftSectionInput[], cover: CoverFields | null = completeCover) {
  const listeners = new Set<() => void>();
  const state = { sections, cover };
  const source: CheckSource = {
    cover: () => state.cover,
    sections: () => state.sections,
    consents: () => [],
    localNames: () => ({}),
    translated: () => ({}),
    subscribeContent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const change = (next: Partial<typeof state>) => {
    Object.assign(state, next);
    for (const listener of listeners) listener();
  };
  return { source, change, listeners };
}

const editorDoc = (json: ReturnType<typeof doc>) => {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return EditorState.create({ doc: parsed.doc }).doc;
};

describe('LiveCompleteness', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports at once, then re-checks after a pause when the text changes', () => {
    const withoutPledge = completeSections.filter((section) => section.id !== 'pledge');
    const { source, change } = fakeSource(withoutPledge);
    const live = new LiveCompleteness(testTemplate, source, { delayMs: 300 });
    const notified = vi.fn();
    live.subscribe(notified);
    expect(live.getReport().sections.find((section) => section.id === 'pledge')?.status).toBe('missing');

    const pledge = completeSections.find((section) => section.id === 'pledge');
    if (!pledge) throw new Error('fixture has no pledge');
    change({ sections: [...withoutPledge, pledge] });
    expect(notified).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(notified).toHaveBeenCalledTimes(1);
    expect(live.getReport().sections.find((section) => section.id === 'pledge')?.status).not.toBe('missing');
  });

  it('keeps the last complete cover while a field is half-typed', () => {
    const { source, change } = fakeSource(completeSections);
    const live = new LiveCompleteness(testTemplate, source);
    const before = live.getReport().findings.filter((finding) => finding.section === 'cover');
    change({ cover: null });
    expect(live.checkNow().findings.filter((finding) => finding.section === 'cover')).toEqual(before);
  });

  it('remembers which document each section was checked at, for the highlights', () => {
    const foreword = editorDoc(doc(h('Hello'), p('We are the children in care council. We wrote this part.'), ul('One', 'Two')));
    const { source } = fakeSource([...completeSections.filter((section) => section.id !== 'foreword-young-people'), { id: 'foreword-young-people', doc: foreword }]);
    const live = new LiveCompleteness(testTemplate, source);
    expect(live.checkedDoc('foreword-young-people')).toBe(foreword);
    expect(live.getReport().readability['foreword-young-people']?.sentences).toBeGreaterThan(0);
  });

  it('stops listening when disposed', () => {
    const { source, listeners } = fakeSource(completeSections);
    const live = new LiveCompleteness(testTemplate, source);
    live.dispose();
    expect(listeners.size).toBe(0);
  });
});
