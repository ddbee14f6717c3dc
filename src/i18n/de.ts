// Deutsch für die Kopfzeile und die wichtigsten Bedienelemente; der Rest (Datentexte, Zahlenformate,
// Detailpanels) bleibt Englisch. Fehlende Schlüssel fallen Schlüssel für Schlüssel auf Englisch zurück.
import type { Messages } from './en';
import type { DeepPartial } from './messages';

export const de: DeepPartial<Messages> = {
  app: {
    title: 'Twente Atlas',
    skipToSites: 'Zur Liste der Standorte',
    overviews: 'Übersichten',
    programme: 'Programm',
    present: 'Präsentieren',
    exportPng: 'PNG exportieren',
    prepareOffline: 'Offline vorbereiten',
    planner: 'Planer',
    compare: 'Vergleichen',
    layersAndSites: 'Ebenen & Standorte',
    sidebar: 'Ebenen und Standorte',
    measure: 'Entfernung & Fläche messen',
    language: 'Language · Taal · Sprache',
    close: 'Schließen',
  },
  keyboard: { open: 'Tastenkürzel', title: 'Tastenkürzel', close: 'Schließen' },
  map: { region: 'Karte von Twente', loading: 'Karte wird geladen…' },
  startup: { controlsFailed: 'Die Bedienelemente des Atlas konnten nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.' },
  kindPlurals: {
    'top-location': 'Top-Arbeitsstandorte',
    'creative-breeding-ground': 'Kreative Brutstätten',
    quay: 'Kai',
    facility: 'Einrichtungen',
  },
  views: { label: 'Ansichten' },
  basemaps: { legend: 'Grundkarte' },
  legend: { label: 'Legende und Ebenen', sites: 'Standorte', links: 'Verbindungen', statusStyles: 'Linienstil nach Status' },
  filters: { title: 'Filter', clear: 'Filter löschen' },
  lists: { sites: 'Standorte', links: 'Verbindungen' },
  search: { label: 'Standorte, Partner und Projekte suchen', placeholder: 'Standorte, Partner, Projekte suchen…', results: 'Suchergebnisse' },
  panel: { close: 'Panel schließen (Escape)', sources: 'Quellen', partners: 'Partner', budget: 'Budget' },
  tour: { previous: 'Vorheriger Schritt (←)', next: 'Nächster Schritt (→)', exit: 'Beenden (Esc)', source: 'Quelle: ', handout: 'Handout drucken' },
  planner: { title: 'Planungswerkzeuge' },
  programme: { title: 'Programmübersicht' },
  compare: { title: 'Standorte vergleichen' },
};
