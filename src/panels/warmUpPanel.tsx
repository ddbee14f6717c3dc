// The first click on a site used to pay for compiling the panel's code and creating its number formats (its
// React render took 20–40 ms in software rendering, later clicks 7–10), and for the browser looking up the
// fonts of every size and weight the panel's text uses (about 60 ms over two layouts in a trace, here; the
// later clicks none). Rendering one site panel once and laying it out, unseen and while the browser is idle,
// moves both out of the click. Nothing of it stays: the panel is unmounted and removed in the same task, so
// it is never painted and never reaches the accessibility tree.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { AtlasData } from '../data/atlasData';
import { siteById, sitesWithFacilities } from '../data/derive';
import { dataLangOf } from '../i18n/languages';
import { loadedMessages } from '../i18n/messages';
import { I18nContext } from '../i18n/useT';
import type { AtlasStore } from '../state/store';
import { StoreContext } from '../state/useAtlas';
import { SitePanel } from './SitePanel';

const ignore = () => undefined;

/** Renders and lays out the panel of a site with facilities (or the first site) unseen, then removes it. */
export function warmUpSitePanel(store: AtlasStore, data: AtlasData): void {
  const parkId = sitesWithFacilities(data)[0];
  const site = (parkId && siteById(data, parkId)) || data.sites.features[0];
  const ui = store.getState().lang;
  const t = loadedMessages(ui);
  if (!site || !t) return;
  const lang = dataLangOf(ui);
  const host = document.createElement('div');
  host.className = 'warm-up';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        <StoreContext.Provider value={store}>
          <I18nContext.Provider value={{ t, ui, lang }}>
            <SitePanel site={site} data={data} lang={lang} inCompare={false} compareFull={false} onToggleCompare={ignore} onPrint={ignore} onSelect={ignore} onClose={ignore} />
          </I18nContext.Provider>
        </StoreContext.Provider>,
      ),
    );
    // Reading a size lays the panel out now, sections below the fold included (see .warm-up in app.css).
    void host.offsetHeight;
  } finally {
    root.unmount();
    host.remove();
  }
}
