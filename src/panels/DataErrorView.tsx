export function DataErrorView({ problems }: { problems: string[] }) {
  return (
    <main className="data-error" role="alert">
      <h1>Twente Atlas cannot start: the data files are invalid</h1>
      <p>Fix these problems in <code>data/</code> and reload (run <code>npm run data:check</code> for the full report):</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </main>
  );
}
