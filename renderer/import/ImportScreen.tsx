import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportChoices, ImportProposal, ImportSectionOption } from '../../shared/import/types.js';
import type { DocumentWords, LocalNameSlot } from '../../shared/template/template.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { ImportReview } from './ImportReview.js';
import { useLibraryNames } from './libraryNames.js';
import { localNameOffers } from './localNameOffers.js';

interface ImportScreenProps {
  proposal: ImportProposal;
  onImported: (draftId: string) => void;
  onCancel: () => void;
}

type TemplateList = Response<'templates.list'>['templates'];

/**
 * Between reading a file and writing a draft: the officer picks the template
 * (when there is a choice) and checks where each part goes. Only "Import into
 * a new draft" writes anything; cancelling leaves the library as it was.
 */
export function ImportScreen({ proposal, onImported, onCancel }: ImportScreenProps) {
  const api = useApi();
  const [templates, setTemplates] = useState<TemplateList | null>(null);
  const [templateId, setTemplateId] = useState('');
  const [sections, setSections] = useState<ImportSectionOption[] | null>(null);
  const [slots, setSlots] = useState<readonly LocalNameSlot[]>([]);
  const [words, setWords] = useState<DocumentWords | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const libraryNames = useLibraryNames(setError);
  const [busy, setBusy] = useState(false);
  // A ref as well as state: two quick clicks arrive before the state change is rendered, and must not make two drafts.
  const applying = useRef(false);

  useEffect(() => {
    let live = true;
    void api.call('templates.list', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setTemplates(result.value.templates);
      setTemplateId(result.value.templates[0]?.id ?? '');
      if (result.value.templates.length === 0) setError({ code: 'template-invalid', message: 'No template is available, so the file cannot be imported yet.' });
    });
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (templateId === '') return;
    let live = true;
    setSections(null);
    void api.call('templates.get', { id: templateId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setSections(result.value.sections.filter((section) => section.kind === 'text').map(({ id, title }) => ({ id, title })));
      setSlots(result.value.localNames);
      setWords(result.value.words);
    });
    return () => {
      live = false;
    };
  }, [api, templateId]);

  async function confirm(choices: ImportChoices, localNames: Record<string, string>) {
    if (applying.current || templateId === '') return;
    applying.current = true;
    setBusy(true);
    setError(null);
    const result = await api.call('import.apply', { templateId, proposal, choices, localNames });
    applying.current = false;
    setBusy(false);
    if (!result.ok) return setError({ ...result.error, message: `${result.error.message} Nothing was imported and no names were saved.` });
    onImported(result.value.id);
  }

  const templateChoice =
    templates !== null && templates.length > 1 ? (
      <fieldset className="template-choice">
        <legend>Template</legend>
        {templates.map((template) => (
          <label key={template.id} className="template-choice__option">
            <input type="radio" name="import-template" value={template.id} checked={templateId === template.id} onChange={() => setTemplateId(template.id)} />
            <span>
              <span className="template-choice__name">{template.name}</span>
              <span className="template-choice__description">{template.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
    ) : null;

  return (
    <main id="main" className="import-screen" tabIndex={-1}>
      {sections === null || libraryNames === null ? (
        <>
          {error && <ErrorNotice error={error} />}
          {!error && <p role="status">Loading the template…</p>}
        </>
      ) : (
        <ImportReview
          proposal={proposal}
          sections={sections}
          templateChoice={templateChoice}
          localNameOffers={localNameOffers(proposal, slots, libraryNames[templateId] ?? {})}
          {...(words === undefined ? {} : { words })}
          onConfirm={(choices, { localNames }) => void confirm(choices, localNames)}
          onCancel={onCancel}
          actionNotice={
            <>
              {error && <ErrorNotice error={error} />}
              {busy && <p role="status">Importing into a new draft…</p>}
            </>
          }
        />
      )}
      {(sections === null || libraryNames === null) && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </main>
  );
}
