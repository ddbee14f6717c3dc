import { useRef, useState } from 'react';
import { newScenarioId, scenarioToGeoJson, type ScenarioSiteKind } from '../../analysis/scenario';
import { importFile } from '../../analysis/scenarioImport';
import { downloadBlob } from '../../export/download';
import { LINK_MODES, SITE_KINDS, type LinkMode, type SiteKind } from '../../data/vocabulary';
import { useAtlasExceptView } from '../../state/useAtlas';
import { describeProblem } from '../../i18n/problem';
import { useT } from '../../i18n/useT';

const downloadJson = (filename: string, json: unknown) => downloadBlob(filename, new Blob([JSON.stringify(json, null, 2)], { type: 'application/geo+json' }));

export function ScenarioTab() {
  const t = useT();
  const s = useAtlasExceptView();
  const fileInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SiteKind>('facility');
  const [mode, setMode] = useState<LinkMode>('maas');
  const drawing = s.tool === 'draw-site' || s.tool === 'draw-link';
  const readyToName = (s.tool === 'draw-site' && s.toolPoints.length > 0) || (s.tool === 'draw-link' && s.toolFinished && s.toolPoints.length >= 2);

  const kindName = (k: ScenarioSiteKind) => (k === 'proposed' ? t.scenario.proposedKind : t.kinds[k]);
  const exportScenario = () => downloadJson('twente-atlas-scenario.geojson', scenarioToGeoJson(s.scenario));
  const importFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) s.applyImport(file.name, await importFile(file));
  };
  const save = () => {
    const trimmed = name.trim().slice(0, 120);
    if (!trimmed) return;
    if (s.tool === 'draw-site') s.addScenarioItems({ sites: [{ id: newScenarioId('site'), name: trimmed, kind, position: s.toolPoints[s.toolPoints.length - 1]! }] });
    else s.addScenarioItems({ links: [{ id: newScenarioId('link'), name: trimmed, mode, coordinates: s.toolPoints }] });
    setName('');
    s.startTool(null);
  };

  return (
    <div>
      <p className="note">{t.scenario.intro}</p>
      <div className="button-row">
        <button type="button" className="small-button" aria-pressed={s.tool === 'draw-site'} onClick={() => s.startTool(s.tool === 'draw-site' ? null : 'draw-site')}>
          {t.scenario.drawSite}
        </button>
        <button type="button" className="small-button" aria-pressed={s.tool === 'draw-link'} onClick={() => s.startTool(s.tool === 'draw-link' ? null : 'draw-link')}>
          {t.scenario.drawLink}
        </button>
        <button type="button" className="small-button" onClick={() => fileInput.current?.click()}>
          {t.scenario.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
          hidden
          data-testid="scenario-file"
          onChange={(e) => {
            void importFiles(e.target.files);
            e.target.value = '';
          }}
        />
        <button type="button" className="small-button" disabled={s.scenario.sites.length + s.scenario.links.length === 0} onClick={exportScenario}>
          {t.scenario.exportGeoJson}
        </button>
      </div>
      {s.unsavedItems.length > 0 && (
        <div className="note note--warning" role="alert" data-testid="scenario-unsaved">
          {t.scenario.unsaved(s.unsavedItems)}{' '}
          <button type="button" className="small-button" onClick={exportScenario}>
            {t.scenario.exportGeoJson}
          </button>
        </div>
      )}
      {s.keptCopies.length > 0 && (
        <div className="note note--warning" data-testid="scenario-kept">
          {t.scenario.kept(s.keptCopies.length)}{' '}
          <button type="button" className="small-button" onClick={() => downloadBlob('twente-atlas-kept-copies.json', new Blob([JSON.stringify(s.keptCopies, null, 2)], { type: 'application/json' }))}>
            {t.scenario.downloadKept}
          </button>{' '}
          <button
            type="button"
            className="small-button"
            onClick={() => {
              if (window.confirm(t.scenario.confirmForgetKept)) s.setKeptCopies([]);
            }}
          >
            {t.scenario.forgetKept}
          </button>
        </div>
      )}
      {drawing && !readyToName && (
        <p className="hint-box" role="status">
          {s.tool === 'draw-site' ? t.scenario.clickSite : t.scenario.clickLink(s.toolPoints.length)}
          {s.tool === 'draw-link' && s.toolPoints.length >= 2 && (
            <button type="button" className="small-button" onClick={s.finishTool}>
              {t.scenario.finishLine}
            </button>
          )}
        </p>
      )}
      {readyToName && (
        <form
          className="hint-box"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label className="field">
            {t.scenario.name} <input value={name} maxLength={120} required autoFocus onChange={(e) => setName(e.target.value)} aria-label={t.scenario.name} />
          </label>
          {s.tool === 'draw-site' ? (
            <label className="field">
              {t.scenario.kind}{' '}
              <select value={kind} onChange={(e) => setKind(e.target.value as SiteKind)} aria-label={t.scenario.kind}>
                {SITE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t.kinds[k]}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label className="field">
              {t.scenario.mode}{' '}
              <select value={mode} onChange={(e) => setMode(e.target.value as LinkMode)} aria-label={t.scenario.linkMode}>
                {LINK_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t.modes[m]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" className="small-button">
            {t.scenario.save}
          </button>{' '}
          <button type="button" className="small-button" onClick={() => s.startTool(null)}>
            {t.scenario.cancel}
          </button>
        </form>
      )}
      {s.importReport && (
        <div className={`import-report${s.importReport.errors.length ? ' import-report--errors' : ''}`} role="status" data-testid="import-report">
          <strong>{s.importReport.file}</strong>
          {t.scenario.imported(s.importReport.imported)}
          {s.importReport.errors.length > 0 && t.scenario.rejected(s.importReport.errors.length)}
          {s.importReport.warnings.length > 0 && t.scenario.withWarnings(s.importReport.warnings.length)}.
          {s.importReport.errors.length + s.importReport.warnings.length > 0 && (
            <ul className="plain-list compact">
              {[...s.importReport.errors, ...s.importReport.warnings].slice(0, 50).map((e) => (
                <li key={`${e.row}-${e.problems.map((p) => p.code).join()}`}>
                  {e.row > 0 ? t.scenario.row(e.row) : ''}
                  {e.problems.map((p) => describeProblem(t.problems, p)).join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h4>
        {t.scenario.heading} <span className="count">{s.scenario.sites.length + s.scenario.links.length}</span>
      </h4>
      {s.scenario.sites.length + s.scenario.links.length === 0 && <p className="empty-state">{t.scenario.empty}</p>}
      <ul className="plain-list compact" data-testid="scenario-items">
        {s.scenario.sites.map((site) => (
          <li key={site.id}>
            {site.name} <small className="muted">({kindName(site.kind)})</small>{' '}
            <button type="button" className="icon-button icon-button--small" aria-label={t.scenario.remove(site.name)} onClick={() => s.removeScenarioItem(site.id)}>
              ×
            </button>
          </li>
        ))}
        {s.scenario.links.map((link) => (
          <li key={link.id}>
            {link.name} <small className="muted">{t.scenario.linkOf(t.modes[link.mode])}</small>{' '}
            <button type="button" className="icon-button icon-button--small" aria-label={t.scenario.remove(link.name)} onClick={() => s.removeScenarioItem(link.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {s.scenario.sites.length + s.scenario.links.length > 0 && (
        <button
          type="button"
          className="small-button"
          onClick={() => {
            if (window.confirm(t.scenario.confirmRemoveAll)) s.clearScenario();
          }}
        >
          {t.scenario.removeAll}
        </button>
      )}
    </div>
  );
}
