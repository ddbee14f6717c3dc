import type { UiLang } from '../i18n/languages';
import { messagesFor } from '../i18n/messages';

/** Shown instead of the app when the bundled data fails validation; the problems themselves are technical English. */
export function DataErrorView({ problems, lang = 'en' }: { problems: string[]; lang?: UiLang }) {
  const t = messagesFor(lang).dataError;
  return (
    <main className="data-error" role="alert" lang={lang}>
      <h1>{t.title}</h1>
      <p>
        {t.before}
        <code>data/</code>
        {t.middle}
        <code>npm run data:check</code>
        {t.after}
      </p>
      <ul lang="en">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
