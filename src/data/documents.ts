// The five source documents as a reader knows them: title, publisher and year (seeds/README.md). The app
// shows these, never the file names; a record is true as of the newest document it cites.
import type { GeometrySource, SourceRef } from './schema';
import type { SEED_FILES } from './vocabulary';

export interface SourceDocument {
  title: { nl: string; en: string };
  publisher: string;
  /** The year the document speaks for: what "as of" means for a record citing it. */
  year: number;
}

export const DOCUMENTS: Record<(typeof SEED_FILES)[number], SourceDocument> = {
  '000_503dbaa95093a825.txt': {
    title: { nl: 'Jaarverslag 2019, prestatie 5.1.2 Topwerklocaties', en: 'Annual report 2019, performance 5.1.2 Top work locations' },
    publisher: 'Provincie Overijssel',
    year: 2019,
  },
  '001_5cdf79aa927f76dd.txt': {
    title: { nl: 'Regio Deal Twente II — samenvatting', en: 'Regio Deal Twente II — summary' },
    publisher: 'Rijksoverheid / Twente Board',
    year: 2023,
  },
  '002_a3a0aeb9e6c1e11b.txt': {
    title: { nl: 'Regio Deal Twente — projectvoorstellen', en: 'Regio Deal Twente — project proposals' },
    publisher: 'Regio Twente / Twente Board',
    year: 2019,
  },
  '003_5076ef9b016cfa6f.txt': {
    title: { nl: 'Ontwikkelagenda Netwerkstad Twente', en: 'Netwerkstad Twente development agenda' },
    publisher: 'Netwerkstad Twente / Provincie Overijssel',
    year: 2013,
  },
  '004_d0e0fcae47b3eb4d.txt': {
    title: { nl: 'Toonaangevende groene technologische topregio — strategisch plan 2020–2025', en: 'A leading green technology region — strategic plan 2020–2025' },
    publisher: 'Twente Board',
    year: 2020,
  },
};

export const documentOf = (source: SourceRef): SourceDocument => DOCUMENTS[source.doc];

/** "Regio Deal Twente — project proposals (Regio Twente / Twente Board, 2019)". */
export const documentLabel = (source: SourceRef, lang: 'nl' | 'en'): string => {
  const doc = documentOf(source);
  return `${doc.title[lang]} (${doc.publisher}, ${doc.year})`;
};

/** A source as one line of text: the document, then the section (and row) inside it. */
export const sourceLine = (source: SourceRef, lang: 'nl' | 'en'): string => `${documentLabel(source, lang)}: ${source.section}${source.row ? ` (${source.row})` : ''}`;

/** The year a record is true as of: that of the newest document it cites. */
export const asOfYear = (sources: readonly SourceRef[]): number => Math.max(...sources.map((s) => documentOf(s).year));

/** Where a position or a line comes from, with its licence and the credit it asks for. */
export const geometrySourceLine = (g: GeometrySource): string => `${g.source} (${g.licence}${g.attribution ? `, ${g.attribution}` : ''})`;
