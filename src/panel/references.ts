// The fixed list of references the break panel cites. The panel refers to them
// by id only; the extension looks the id up here and opens the URL in the
// browser. Nothing from the page ever becomes a URL.

export interface Reference {
  /** Stable id the page sends back (lowercase letters, digits, dashes). */
  id: string;
  /** What the link says in the panel. */
  label: string;
  /** Public page of the paper. */
  url: string;
}

export const REFERENCES: readonly Reference[] = Object.freeze([
  {
    id: 'freeman-2013',
    label: 'Freeman, Mascia & McGill (2013): fluid in the hip joint lowered glute activity. Clinical Biomechanics 28(2).',
    url: 'https://pubmed.ncbi.nlm.nih.gov/?term=Arthrogenic+neuromusculature+inhibition+existence+in+the+hip+joint',
  },
  {
    id: 'moreside-2013',
    label: 'Moreside & McGill (2013): more hip flexibility did not change how people moved. J Strength Cond Res 27(10).',
    url: 'https://doi.org/10.1519/JSC.0b013e318295d521',
  },
  {
    id: 'dunstan-2012',
    label: 'Dunstan et al. (2012): short walking breaks from sitting lowered glucose and insulin. Diabetes Care 35(5).',
    url: 'https://doi.org/10.2337/dc11-1931',
  },
].map((reference) => Object.freeze(reference)));

/** The reference with this id, or undefined. */
export function findReference(id: string): Reference | undefined {
  return REFERENCES.find((reference) => reference.id === id);
}
