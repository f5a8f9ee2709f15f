import { useEffect, useId, useState, type FormEvent } from 'react';
import { LOCAL_NAME_MAX_LENGTH, type LocalNames } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { Template } from '../../shared/template/template.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice, Notice } from '../app/Notice.js';
import { LIBRARY } from '../app/accessibleNames.js';

type Pack = Pick<Template, 'id' | 'name' | 'localNames'>;

/**
 * The council's own names for what each template's checks look for (its
 * Children in Care Council, its Board), given once for the whole library.
 * Labels and examples come from the template, so a new pack's slots appear
 * here without a change to this screen.
 */
export function LocalNamesSetting() {
  const api = useApi();
  // Null until both the saved names and the templates' slots arrive, so nothing typed is overwritten by a late answer.
  const [packs, setPacks] = useState<Pack[] | null>(null);
  const [names, setNames] = useState<LocalNames>({});
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const headingId = useId();
  const fieldId = useId();

  useEffect(() => {
    let live = true;
    void (async () => {
      const [settings, list] = await Promise.all([api.call('settings.get', {}), api.call('templates.list', {})]);
      if (!settings.ok) return live && setError(settings.error);
      if (!list.ok) return live && setError(list.error);
      const loaded = await Promise.all(list.value.templates.map((summary) => api.call('templates.get', { id: summary.id })));
      if (!live) return;
      // A template that cannot be read is reported where templates are chosen; here it simply asks for no names.
      setPacks(loaded.flatMap((result) => (result.ok && result.value.localNames.length > 0 ? [result.value] : [])));
      setNames(settings.value.localNames);
    })();
    return () => {
      live = false;
    };
  }, [api]);

  function change(packId: string, slotId: string, value: string) {
    setSaved(false);
    setNames((current) => ({ ...current, [packId]: { ...current[packId], [slotId]: value } }));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (packs === null) return;
    setSaved(false);
    setError(null);
    // Every slot is sent: a field left blank forgets the name it held.
    const localNames = Object.fromEntries(packs.map((pack) => [pack.id, Object.fromEntries(pack.localNames.map((slot) => [slot.id, names[pack.id]?.[slot.id] ?? '']))]));
    const result = await api.call('settings.update', { localNames });
    if (!result.ok) return setError(result.error);
    setNames(result.value.localNames);
    setSaved(true);
  }

  if (packs === null) return error ? <ErrorNotice error={error} /> : null;
  if (packs.length === 0) return null;
  return (
    <section className="settings settings--local-names" aria-labelledby={headingId}>
      <h3 id={headingId}>{LIBRARY.localNames}</h3>
      <p className="field__hint">
        The names your council uses, so the checks recognise them: for example, what young people call your Children in Care Council. Leave a box empty to use the usual
        name.
      </p>
      <form onSubmit={(event) => void save(event)}>
        {packs.map((pack) => (
          <fieldset key={pack.id} className="local-names">
            {packs.length > 1 && <legend>{pack.name}</legend>}
            <div className="local-names__fields">
              {pack.localNames.map((slot) => {
                const id = `${fieldId}-${pack.id}-${slot.id}`;
                return (
                  <div className="field" key={slot.id}>
                    <label htmlFor={id}>{slot.label}</label>
                    <input
                      id={id}
                      value={names[pack.id]?.[slot.id] ?? ''}
                      maxLength={LOCAL_NAME_MAX_LENGTH}
                      autoComplete="off"
                      aria-describedby={slot.examples.length > 0 ? `${id}-hint` : undefined}
                      onChange={(event) => change(pack.id, slot.id, event.target.value)}
                    />
                    {slot.examples.length > 0 && (
                      <p id={`${id}-hint`} className="field__hint">
                        For example: {examples(slot.examples)}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button">
          {LIBRARY.saveLocalNames}
        </button>
      </form>
      {saved && (
        <Notice tone="info">
          <p>Your council&rsquo;s names are saved for every strategy in this library.</p>
        </Notice>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}

/** "Our Voice or Children in Care Council": examples read as a sentence, each in quotation marks. */
function examples(list: readonly string[]): string {
  const quoted = list.map((example) => `“${example}”`);
  return quoted.length === 1 ? `${quoted[0]}` : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
