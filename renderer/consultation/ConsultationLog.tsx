import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { emptyPoint, emptySession, formatDay, sessionWarnings, type ConsultationSession } from '../../shared/consultation/consultationLog.js';
import { useApi } from '../api/ApiContext.js';
import { CONSULTATION } from '../app/accessibleNames.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { useFocusIfLostOnMount } from '../draft/focusOnArrival.js';
import { ConfirmDialog } from '../library/ConfirmDialog.js';
import { pointValues, pointWarnings, sessionToValues, valuesToSession, type SessionValues } from './sessionForm.js';
import './consultation.css';

interface ConsultationLogProps {
  draftId: string;
  strategyTitle: string;
  /** Given when the strategy's pack has an annual report: the report made from this log is opened with it. */
  onReportCreated?: (reportId: string) => void;
  onClose: () => void;
}

/** The form is open on a new session, or on a stored one (whose revision the save names). */
type Editing = { session: ConsultationSession | null; values: SessionValues; problems: string[] };

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The strategy's consultation log, in plain words: each time the council met
 * children and young people, what they said and what was done about it.
 * It is what the annual report's "You said, we did" is made from.
 */
export function ConsultationLog({ draftId, strategyTitle, onReportCreated, onClose }: ConsultationLogProps) {
  const api = useApi();
  const [sessions, setSessions] = useState<ConsultationSession[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<ConsultationSession | null>(null);
  const [saving, setSaving] = useState(false);
  const [creating, setCreating] = useState(false);
  const headingRef = useFocusIfLostOnMount<HTMLHeadingElement>();

  useEffect(() => {
    let live = true;
    void api.call('consultations.list', { id: draftId }).then((result) => {
      if (!live) return;
      if (result.ok) setSessions(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, draftId]);

  async function save() {
    if (!editing) return;
    const checked = valuesToSession(editing.values);
    if (!checked.ok) return setEditing({ ...editing, problems: checked.problems });
    setSaving(true);
    const stored = editing.session;
    const result = stored
      ? await api.call('consultations.update', { id: draftId, sessionId: stored.id, baseRevision: stored.revision, session: checked.session })
      : await api.call('consultations.add', { id: draftId, session: checked.session });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setEditing(null);
    setSessions((previous) => sortSessions([...(previous ?? []).filter((each) => each.id !== result.value.id), result.value]));
  }

  async function createReport(open: (reportId: string) => void) {
    setCreating(true);
    const result = await api.call('drafts.createAnnualReport', { id: draftId });
    setCreating(false);
    if (!result.ok) return setError(result.error);
    open(result.value.id);
  }

  async function remove(session: ConsultationSession) {
    setRemoving(null);
    const result = await api.call('consultations.remove', { id: draftId, sessionId: session.id });
    if (!result.ok) return setError(result.error);
    setSessions((previous) => (previous ?? []).filter((each) => each.id !== session.id));
  }

  return (
    <div className="screen consultation">
      <header className="app-header">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {CONSULTATION.back}
        </button>
      </header>
      <main id="main" className="consultation__main" tabIndex={-1}>
        <h1 ref={headingRef} tabIndex={-1}>
          {CONSULTATION.heading}
        </h1>
        <p className="consultation__lead">
          Keep a note of each time you met children and young people about <strong>{strategyTitle || 'this strategy'}</strong>: who came, what they said, and what
          the council did about it. The annual report tells them “You said, we did” from this log.
        </p>
        {error && <ErrorNotice error={error} />}
        {sessions === null && !error && <p role="status">Opening the log…</p>}
        {sessions !== null && editing === null && (
          <p>
            <button type="button" className="button button--primary" onClick={() => setEditing({ session: null, values: sessionToValues(emptySession(today())), problems: [] })}>
              {CONSULTATION.add}
            </button>
          </p>
        )}
        {editing && (
          <SessionForm
            editing={editing}
            saving={saving}
            onChange={(values) => setEditing({ ...editing, values })}
            onSave={() => void save()}
            onCancel={() => setEditing(null)}
          />
        )}
        {sessions !== null && sessions.length === 0 && editing === null && <p>No sessions yet. Add the first one after you meet a group.</p>}
        {sessions !== null && sessions.length > 0 && (
          <ol className="consultation__sessions">
            {sessions.map((session) => (
              <SessionCard
                key={session.id}
                session={session}
                onEdit={() => setEditing({ session, values: sessionToValues(session), problems: [] })}
                onRemove={() => setRemoving(session)}
              />
            ))}
          </ol>
        )}
        {onReportCreated && sessions !== null && editing === null && (
          <section className="consultation__report" aria-labelledby={`${draftId}-report`}>
            <h2 id={`${draftId}-report`}>{CONSULTATION.reportHeading}</h2>
            <p>
              Once the year’s sessions are in the log, create the Corporate Parenting Board’s annual report to Full Council. It starts with every measure of
              this strategy and the “You said, we did” from this log. You then edit, check and export it like any other document.
            </p>
            <button type="button" className="button" disabled={creating} onClick={() => void createReport(onReportCreated)}>
              {CONSULTATION.createReport}
            </button>
            {creating && <p role="status">Creating the annual report…</p>}
          </section>
        )}
      </main>
      {removing && (
        <ConfirmDialog
          title={CONSULTATION.removeDialog}
          message={`The session with ${removing.group} on ${formatDay(removing.heldOn)}, and everything noted from it, will be deleted.`}
          confirmLabel="Delete"
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}

function sortSessions(sessions: ConsultationSession[]): ConsultationSession[] {
  return sessions.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.createdAt.localeCompare(b.createdAt));
}

function sessionLabel(session: ConsultationSession): string {
  return `with ${session.group} on ${formatDay(session.heldOn)}`;
}

function SessionCard({ session, onEdit, onRemove }: { session: ConsultationSession; onEdit: () => void; onRemove: () => void }) {
  const warnings = sessionWarnings(session);
  const headingId = useId();
  return (
    <li className="consultation__session" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {session.group}, {formatDay(session.heldOn)}
      </h2>
      <p className="consultation__facts">
        {session.participants === 1 ? '1 young person took part' : `${session.participants} young people took part`}.{' '}
        {session.consent.recorded ? `Consent recorded${session.consent.how ? `: ${session.consent.how}` : ''}.` : 'No consent recorded yet.'}
      </p>
      <ul className="consultation__points">
        {session.points.map((point, index) => (
          <li key={index}>
            <p>
              <strong>You said:</strong> “{point.youSaid}”{point.concerns && <span className="consultation__concerns"> ({point.concerns})</span>}
            </p>
            <p>
              <strong>We did:</strong> {point.weDid || <em>not yet recorded</em>}
              {point.toldOn && <> Told them on {formatDay(point.toldOn)}.</>}
            </p>
          </li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <Notice tone="warning">
          <ul>
            {warnings.map((warning) => (
              <li key={`${warning.point ?? 's'}-${warning.message}`}>
                {warning.point === null ? '' : `Point ${warning.point + 1}: `}
                {warning.message}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <div className="consultation__actions">
        <button type="button" className="button button--small" aria-label={CONSULTATION.edit(sessionLabel(session))} onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button--small" aria-label={CONSULTATION.remove(sessionLabel(session))} onClick={onRemove}>
          Delete
        </button>
      </div>
    </li>
  );
}

interface SessionFormProps {
  editing: Editing;
  saving: boolean;
  onChange: (values: SessionValues) => void;
  onSave: () => void;
  onCancel: () => void;
}

function SessionForm({ editing, saving, onChange, onSave, onCancel }: SessionFormProps) {
  const { values, problems } = editing;
  const ids = { date: useId(), group: useId(), participants: useId(), consent: useId(), how: useId(), problems: useId() };
  const headingRef = useFocusIfLostOnMount<HTMLHeadingElement>();
  const setPoint = (key: number, change: Partial<SessionValues['points'][number]>) =>
    onChange({ ...values, points: values.points.map((point) => (point.key === key ? { ...point, ...change } : point)) });
  const warnings = pointWarnings(values);

  return (
    <form
      className="consultation__form"
      aria-labelledby={`${ids.problems}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h2 id={`${ids.problems}-heading`} ref={headingRef} tabIndex={-1}>
        {editing.session ? 'Edit the session' : 'A new session'}
      </h2>
      {problems.length > 0 && (
        <div id={ids.problems}>
          <Notice tone="error">
            <p>The session was not saved yet:</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      <div className="consultation__row">
        <div className="field">
          <label htmlFor={ids.date}>{CONSULTATION.date}</label>
          <input id={ids.date} type="date" required value={values.heldOn} onChange={(event) => onChange({ ...values, heldOn: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.participants}>{CONSULTATION.participants}</label>
          <input id={ids.participants} inputMode="numeric" required value={values.participants} onChange={(event) => onChange({ ...values, participants: event.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={ids.group}>{CONSULTATION.group}</label>
        <p className="field__hint">For example, the Children in Care Council, or care leavers at the drop-in.</p>
        <input id={ids.group} required maxLength={300} value={values.group} onChange={(event) => onChange({ ...values, group: event.target.value })} />
      </div>
      <div className="consultation__consent">
        <label className="consultation__check">
          <input type="checkbox" checked={values.consentRecorded} onChange={(event) => onChange({ ...values, consentRecorded: event.target.checked })} /> {CONSULTATION.consentRecorded}
        </label>
        <div className="field">
          <label htmlFor={ids.how}>{CONSULTATION.consentHow}</label>
          <p className="field__hint">For example, written forms kept by the participation team.</p>
          <input id={ids.how} maxLength={300} value={values.consentHow} onChange={(event) => onChange({ ...values, consentHow: event.target.value })} />
        </div>
      </div>
      {values.points.map((point, index) => (
        <PointFields
          key={point.key}
          number={index + 1}
          point={point}
          canRemove={values.points.length > 1}
          warnings={warnings.filter((warning) => warning.point === index).map((warning) => warning.message)}
          onChange={(change) => setPoint(point.key, change)}
          onRemove={() => onChange({ ...values, points: values.points.filter((each) => each.key !== point.key) })}
        />
      ))}
      <p>
        <button type="button" className="button button--small" onClick={() => onChange({ ...values, points: [...values.points, pointValues(emptyPoint())] })}>
          {CONSULTATION.addPoint}
        </button>
      </p>
      <div className="consultation__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {CONSULTATION.save}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {CONSULTATION.cancel}
        </button>
      </div>
    </form>
  );
}

interface PointFieldsProps {
  number: number;
  point: SessionValues['points'][number];
  canRemove: boolean;
  warnings: string[];
  onChange: (change: Partial<SessionValues['points'][number]>) => void;
  onRemove: () => void;
}

function PointFields({ number, point, canRemove, warnings, onChange, onRemove }: PointFieldsProps) {
  const ids = { said: useId(), concerns: useId(), did: useId(), told: useId(), warnings: useId() };
  return (
    <fieldset className="consultation__point">
      <legend>Point {number}</legend>
      <div className="field">
        <label htmlFor={ids.said}>{CONSULTATION.youSaid}</label>
        <p className="field__hint">Their words, without names. A first name is fine if they agreed.</p>
        <textarea id={ids.said} rows={3} maxLength={4000} value={point.youSaid} aria-describedby={warnings.length > 0 ? ids.warnings : undefined} onChange={(event) => onChange({ youSaid: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.concerns}>{CONSULTATION.concerns}</label>
        <input id={ids.concerns} maxLength={300} value={point.concerns} onChange={(event) => onChange({ concerns: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.did}>{CONSULTATION.weDid}</label>
        <textarea id={ids.did} rows={2} maxLength={4000} value={point.weDid} onChange={(event) => onChange({ weDid: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.told}>{CONSULTATION.toldOn}</label>
        <input id={ids.told} type="date" value={point.toldOn} onChange={(event) => onChange({ toldOn: event.target.value })} />
      </div>
      {warnings.length > 0 && (
        <ul id={ids.warnings} className="consultation__warnings">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {canRemove && (
        <button type="button" className="button button--small" onClick={onRemove}>
          {CONSULTATION.removePoint(number)}
        </button>
      )}
    </fieldset>
  );
}
