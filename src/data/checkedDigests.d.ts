// The SHA-256 (hex) of each data file as the build checked it in full (scripts/data-digests.mjs); empty when
// the dev server found problems, so the browser checks the files itself and shows them.
declare module 'virtual:atlas-data-digests' {
  const digests: Partial<Record<import('./files').DataFile, string>>;
  export default digests;
}
