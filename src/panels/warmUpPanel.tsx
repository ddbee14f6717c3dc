// The first click on a site used to pay for compiling the panel's code and creating its number formats (its
// React render took 20–40 ms in software rendering, later clicks 7–10). Rendering one site panel once, off
// the page and while the browser is idle, moves that cost out of the click. Nothing of it stays: the root is
// unmounted in the same task.
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

/** Renders the panel of a site with facilities (or the first site) into a detached element, then removes it. */
export function warmUpSitePanel(store: AtlasStore, data: AtlasData): void {
  const parkId = sitesWithFacilities(data)[0];
  const site = (parkId && siteById(data, parkId)) || data.sites.features[0];
  const ui = store.getState().lang;
  const t = loadedMessages(ui);
  if (!site || !t) return;
  const lang = dataLangOf(ui);
  const root = createRoot(document.createElement('div'));
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
  } finally {
    root.unmount();
  }
}
