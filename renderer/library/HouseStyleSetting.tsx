import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../shared/api/errors.js';
import { COVER_LAYOUT_NAMES, COVER_LAYOUTS, HEADING_CONTRAST_MINIMUM, HOUSE_FONTS, contrastOnWhite, headingColourSchema, type CoverLayout, type HouseFont, type HouseStyle } from '../../shared/model/houseStyle.js';
import { useApi } from '../api/ApiContext.js';
import { ErrorNotice } from '../app/Notice.js';
import { LIBRARY } from '../app/accessibleNames.js';

const COVER_LAYOUT_HINTS: Record<CoverLayout, string> = {
  'title-top': 'Logo and title in the upper part of the page, ranged left.',
  'title-centred': 'Logo above the title, everything centred on the page.',
};

/**
 * The council's house style, set once for the whole library: the font, the
 * colour of headings and how the title page is laid out, used by both the
 * Word and the PDF export. The logo stays on each strategy's title page.
 */
export function HouseStyleSetting() {
  const api = useApi();
  // Null until the saved style arrives, so a late answer never overwrites a choice being made.
  const [style, setStyle] = useState<HouseStyle | null>(null);
  const [colourText, setColourText] = useState('');
  const [colourProblem, setColourProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = useId();

  useEffect(() => {
    let live = true;
    void api.call('settings.get', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setStyle(result.value.houseStyle);
      setColourText(result.value.houseStyle.headingColour);
    });
    return () => {
      live = false;
    };
  }, [api]);

  function change(next: Partial<HouseStyle>) {
    setSaved(false);
    setStyle((current) => (current === null ? current : { ...current, ...next }));
  }

  function changeColour(text: string) {
    setColourText(text);
    setColourProblem(null);
    const checked = headingColourSchema.safeParse(text);
    if (checked.success) change({ headingColour: checked.data });
    else setSaved(false);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (style === null) return;
    setSaved(false);
    setError(null);
    const colour = headingColourSchema.safeParse(colourText);
    if (!colour.success) {
      setColourProblem(`The heading colour ${colour.error.issues[0]?.message ?? 'is not a colour'}.`);
      document.getElementById(`${id}-colour`)?.focus();
      return;
    }
    const result = await api.call('settings.update', { houseStyle: { ...style, headingColour: colour.data } });
    if (!result.ok) return setError(result.error);
    setStyle(result.value.houseStyle);
    setColourText(result.value.houseStyle.headingColour);
    setSaved(true);
  }

  if (style === null) return error ? <ErrorNotice error={error} /> : null;
  // The contrast of what is typed, once it is a colour at all, so a pale one is seen to be pale before saving.
  const typed = /^#[0-9A-Fa-f]{6}$/.test(colourText.trim()) ? colourText.trim() : style.headingColour;
  const contrast = contrastOnWhite(typed);
  return (
    <section className="settings settings--house-style" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{LIBRARY.houseStyle}</h3>
      <p className="field__hint">Used by every Word and PDF file this library exports. The logo is added on each strategy&rsquo;s title page.</p>
      <form className="house-style" onSubmit={(event) => void save(event)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-font`}>{LIBRARY.houseFont}</label>
          <select id={`${id}-font`} value={style.font} aria-describedby={`${id}-font-hint`} onChange={(event) => change({ font: event.target.value as HouseFont })}>
            {HOUSE_FONTS.map((font) => (
              <option key={font} value={font}>
                {font}
              </option>
            ))}
          </select>
          <p id={`${id}-font-hint`} className="field__hint">
            Word uses this font. The PDF uses an open font with the same letter widths, so both break lines and pages in the same places.
          </p>
        </div>
        <div className={colourProblem === null ? 'field' : 'field field--error'}>
          <label htmlFor={`${id}-colour`}>{LIBRARY.headingColour}</label>
          <p id={`${id}-colour-hint`} className="field__hint">
            Written as # and six hexadecimal digits, such as #1F3864. It must be dark enough to read on white paper.
          </p>
          {colourProblem !== null && (
            <p id={`${id}-colour-error`} className="field__error">
              {colourProblem}
            </p>
          )}
          <div className="house-style__colour">
            <input
              id={`${id}-colour`}
              value={colourText}
              maxLength={7}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={colourProblem !== null}
              aria-describedby={`${id}-colour-hint${colourProblem === null ? '' : ` ${id}-colour-error`} ${id}-sample`}
              onChange={(event) => changeColour(event.target.value)}
            />
            <input type="color" aria-label={LIBRARY.headingColourPicker} value={style.headingColour.toLowerCase()} onChange={(event) => changeColour(event.target.value.toUpperCase())} />
          </div>
          <p id={`${id}-sample`} className="field__hint">
            <span className="house-style__sample" style={{ color: style.headingColour }}>
              Sample heading
            </span>{' '}
            · contrast of {typed.toUpperCase()} on white: {contrast.toFixed(1)}:1 (at least {HEADING_CONTRAST_MINIMUM}:1 needed)
          </p>
        </div>
        <fieldset className="house-style__layouts" aria-describedby={`${id}-layout-hint`}>
          <legend>{LIBRARY.coverLayout}</legend>
          <p id={`${id}-layout-hint`} className="field__hint">
            How the title page of an exported strategy is arranged.
          </p>
          {COVER_LAYOUTS.map((layout) => (
            <label key={layout} className="house-style__layout">
              <input type="radio" name={`${id}-layout`} value={layout} checked={style.coverLayout === layout} onChange={() => change({ coverLayout: layout })} />
              <span>
                <span className="house-style__layout-name">{COVER_LAYOUT_NAMES[layout]}</span>
                <span className="field__hint">{COVER_LAYOUT_HINTS[layout]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit" className="button">
            {LIBRARY.saveHouseStyle}
          </button>
        </div>
      </form>
      <p role="status" className="field__hint">
        {saved ? 'The house style is saved: every Word and PDF export from this library uses it.' : ''}
      </p>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
