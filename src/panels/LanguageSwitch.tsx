import { UI_LANGS, type UiLang } from '../i18n/languages';
import { useT } from '../i18n/useT';

/** Interface language as short codes (room for the search on phones); the label names it in all three. */
export function LanguageSwitch({ value, onChange }: { value: UiLang; onChange: (lang: UiLang) => void }) {
  const t = useT();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t.app.language}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as UiLang)} data-testid="language">
        {UI_LANGS.map((lang) => (
          <option key={lang} value={lang} title={t.languages[lang]}>
            {lang.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
