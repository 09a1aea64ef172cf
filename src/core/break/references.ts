// The references the break panel cites, declared once. The panel refers to
// them by id only; the extension looks the id up here and opens the URL in the
// browser. Nothing from the page ever becomes a URL. Each URL is the paper's
// DOI (or its article page), checked to belong to that title; a reference
// whose link could not be confirmed has none.
//
// The labels are prose, read in the display language (getters that call the
// translator seam); the citations stay as published.
//
// Pure data: no vscode import; its words come through the translator seam.

import { l10n } from '../l10n';
import type { Reference } from './shapes';

export const REFERENCES: readonly Reference[] = Object.freeze([
  {
    id: 'freeman-2013',
    get label() { return l10n.t({ message: 'Freeman, Mascia & McGill (2013): in 12 patients with hip problems, fluid injected into the hip for a scan lowered the activity of the gluteus maximus on the injected side.', comment: ['What a cited study found, as the link to it says. Keep the authors, the year and the numbers.'] }); },
    citation: 'Freeman S, Mascia A, McGill S. Arthrogenic neuromusculature inhibition: a foundational investigation of existence in the hip joint. Clinical Biomechanics 2013;28(2):171-177.',
    // No DOI or article page could be confirmed for this paper: the panel gives the full citation, no link.
  },
  {
    id: 'moreside-2013',
    get label() { return l10n.t({ message: 'Moreside & McGill (2013): in a six-week study of 24 young men, not all of whom stretched, gains in hip flexibility did not change how they moved.', comment: ['What a cited study found, as the link to it says. Keep the authors, the year and the numbers.'] }); },
    citation: 'Moreside JM, McGill SM. Improvements in hip flexibility do not transfer to mobility in functional movement patterns. Journal of Strength and Conditioning Research 2013;27(10):2635-2643.',
    url: 'https://doi.org/10.1519/JSC.0b013e318295d521',
  },
  {
    id: 'dunstan-2012',
    get label() { return l10n.t({ message: 'Dunstan et al. (2012): in 19 overweight or obese adults aged 45 to 65, two minutes of light or moderate walking every 20 minutes of sitting lowered blood sugar and insulin after a glucose-and-fat drink.', comment: ['What a cited study found, as the link to it says. Keep the authors, the year and the numbers.'] }); },
    citation: 'Dunstan DW, Kingwell BA, Larsen R, et al. Breaking up prolonged sitting reduces postprandial glucose and insulin responses. Diabetes Care 2012;35(5):976-983.',
    url: 'https://doi.org/10.2337/dc11-1931',
  },
  {
    id: 'contreras-2015',
    get label() { return l10n.t({ message: 'Contreras et al. (2015): a standing glute squeeze activated the gluteus maximus about as much as the standard lying test (13 women).', comment: ['What a cited study found, as the link to it says. Keep the authors, the year and the numbers.'] }); },
    citation: 'Contreras B, Vigotsky AD, Schoenfeld BJ, Beardsley C, Cronin J. A comparison of two gluteus maximus EMG maximum voluntary isometric contraction positions. PeerJ 2015;3:e1261.',
    url: 'https://doi.org/10.7717/peerj.1261',
  },
  {
    id: 'acsm-2021',
    get label() { return l10n.t({ message: 'American College of Sports Medicine (2021): hold a static stretch for 10 to 30 s, or 30 to 60 s for older adults.', comment: ['What a cited study found, as the link to it says. Keep the authors, the year and the numbers.'] }); },
    citation: 'American College of Sports Medicine; Liguori G, senior editor. ACSM\'s Guidelines for Exercise Testing and Prescription. 11th ed. Wolters Kluwer; 2021. Summarised by ACSM in "Stretching and flexibility guidelines update" (2021).',
    url: 'https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/stretching-and-flexibility-guidelines-update',
  },
].map((reference) => Object.freeze(reference) as Reference));

/** The reference with this id, or undefined. */
export function findReference(id: string): Reference | undefined {
  return REFERENCES.find((reference) => reference.id === id);
}
