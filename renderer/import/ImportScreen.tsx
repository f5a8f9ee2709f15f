import { useEffect, useRef, useState } from 'react';
import type { Response } from '../../shared/api/contract.js';
import type { ApiError } from '../../shared/api/errors.js';
import type { ImportChoices, ImportProposal, ImportSectionOption } from '../../shared/import/types.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { ImportReview } from './ImportReview.js';

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
  const [error, setError] = useState<ApiError | null>(null);
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
    });
    return () => {
      live = false;
    };
  }, [api, templateId]);

  async function confirm(choices: ImportChoices) {
    if (applying.current || templateId === '') return;
    applying.current = true;
    setBusy(true);
    setError(null);
    const result = await api.call('import.apply', { templateId, proposal, choices });
    applying.current = false;
    setBusy(false);
    if (!result.ok) return setError(result.error);
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
      {error && <ErrorNotice error={error} />}
      {busy && <p role="status">Importing into a new draft…</p>}
      {sections === null ? (
        !error && <p role="status">Loading the template…</p>
      ) : (
        <ImportReview proposal={proposal} sections={sections} templateChoice={templateChoice} onConfirm={(choices) => void confirm(choices)} onCancel={onCancel} />
      )}
      {sections === null && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </main>
  );
}
