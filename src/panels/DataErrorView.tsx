import { en, type Messages } from '../i18n/en';

/** Shown instead of the app when the data files cannot be loaded or fail validation; the problems themselves are technical English. */
export function DataErrorView({ problems, messages = en }: { problems: string[]; messages?: Messages }) {
  const t = messages.dataError;
  return (
    <main className="data-error" role="alert">
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
