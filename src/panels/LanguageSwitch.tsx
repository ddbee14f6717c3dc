import { UI_LANGS, type UiLang } from '../i18n/languages';
import { useT } from '../i18n/useT';

/** Interface language; each option is named in its own language so anyone can find theirs. */
export function LanguageSwitch({ value, onChange }: { value: UiLang; onChange: (lang: UiLang) => void }) {
  const t = useT();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t.app.language}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as UiLang)} data-testid="language">
        {UI_LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang} aria-label={t.languages[lang]} title={t.languages[lang]}>
            {lang.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
