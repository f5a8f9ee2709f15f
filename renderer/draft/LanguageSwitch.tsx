import { LANGUAGE_ENGLISH_NAMES, LANGUAGE_NAMES, type ContentLanguage, type TranslationLanguage } from '../../shared/model/language.js';
import { DRAFT } from '../app/accessibleNames.js';

interface LanguageSwitchProps {
  /** The other languages the draft's pack writes each section in (Welsh). */
  languages: readonly TranslationLanguage[];
  current: ContentLanguage;
  onChange: (language: ContentLanguage) => void;
  /** The other languages this section has no text in yet, said beside the switch. */
  missing: readonly TranslationLanguage[];
}

/**
 * Which text of the section the editor shows in a bilingual draft: its
 * English, or the council's own Welsh. Two pressed-or-not buttons, each
 * named in its own language (and marked so, for screen readers), so the
 * switch is one Tab away from the text and says which text is showing.
 */
export function LanguageSwitch({ languages, current, onChange, missing }: LanguageSwitchProps) {
  const options: ContentLanguage[] = ['en', ...languages];
  return (
    <div className="language-switch">
      <div className="segmented language-switch__options" role="group" aria-label={DRAFT.textLanguage}>
        {options.map((language) => (
          <button key={language} type="button" className="segmented__option" lang={language} aria-pressed={current === language} onClick={() => onChange(language)}>
            {LANGUAGE_NAMES[language]}
          </button>
        ))}
      </div>
      {missing.length > 0 && (
        <p className="language-switch__missing">
          No {missing.map((language) => LANGUAGE_ENGLISH_NAMES[language]).join(' or ')} text yet for this section.
        </p>
      )}
    </div>
  );
}
