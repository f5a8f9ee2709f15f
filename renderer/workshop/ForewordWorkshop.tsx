import { useState } from 'react';
import { plainText } from '../../shared/model/plainText.js';
import type { DraftSession } from '../draft/draftSession.js';
import { useFocusIfLostOnMount } from '../draft/focusOnArrival.js';
import { SaveStatus } from '../draft/SaveStatus.js';
import { AttributionFields } from './AttributionFields.js';
import { ReadingAgeMeter } from './ReadingAgeMeter.js';
import { WorkshopEditor } from './WorkshopEditor.js';
import { workshopLead, workshopPrompts } from './workshopText.js';
import './workshop.css';
import { WORKSHOP } from '../app/accessibleNames.js';

interface ForewordWorkshopProps {
  session: DraftSession;
  /** The section the pack gives the young people's foreword role. */
  sectionId: string;
  onClose: () => void;
}

/**
 * A calm page for young people and a youth worker to write the foreword
 * together: questions to start from, their words in big type, how easy
 * the words are to read, and who wrote it. Nothing here talks about
 * checks or sections; the strategy's machinery stays on the other screen.
 */
export function ForewordWorkshop({ session, sectionId, onClose }: ForewordWorkshopProps) {
  const [text, setText] = useState(() => plainText(session.editorState(sectionId).doc));
  // The button that opened this page is gone with the draft screen: the page's heading takes the focus.
  const headingRef = useFocusIfLostOnMount<HTMLHeadingElement>();

  return (
    <div className="screen workshop">
      <header className="app-header workshop__header">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            void session.flush(sectionId);
            onClose();
          }}
        >
          {WORKSHOP.back(session.template.words.documentKind)}
        </button>
        <SaveStatus session={session} />
      </header>
      <main id="main" className="workshop__main" tabIndex={-1}>
        <h1 ref={headingRef} tabIndex={-1}>
          {WORKSHOP.heading}
        </h1>
        <p className="workshop__lead">
          {workshopLead(session.template.words)}
        </p>
        <div className="workshop__columns">
          <div>
            <section className="workshop__prompts" aria-labelledby="prompts-heading">
              <h2 id="prompts-heading">Things to think about</h2>
              <ul>
                {workshopPrompts(session.template.words).map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            </section>
            <WorkshopEditor session={session} sectionId={sectionId} label={WORKSHOP.editor} onChange={(state) => setText(plainText(state.doc))} />
          </div>
          <div className="workshop__side">
            <ReadingAgeMeter text={text} />
            <AttributionFields draftId={session.draftId} onChange={(attribution) => session.setAttribution(attribution)} />
          </div>
        </div>
      </main>
    </div>
  );
}
