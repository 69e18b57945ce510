/**
 * The index of NeRDS principles: number, Dutch title, slug and web address.
 * Facts only; the texts themselves are bundled for principle 12 alone and are
 * read from a NeRDS checkout (--content) for the others.
 */
export interface CatalogEntry {
  number: number;
  slug: string;
  title: string;
  url: string;
}

const BASE = 'https://minbzk.github.io/NeRDS/principes';

const ENTRIES: ReadonlyArray<[number, string, string]> = [
  [1, 'gebruikersbehoeften', 'Stel gebruikersbehoeften vast'],
  [2, 'toegankelijkheid', 'Zorg voor toegankelijkheid en inclusie'],
  [3, 'open-source', 'Werk transparant en gebruik open source'],
  [4, 'open-standaarden', 'Gebruik open standaarden'],
  [5, 'cloud', 'Hanteer een cloud-gedreven strategie'],
  [6, 'veiligheid', 'Maak veilige systemen'],
  [7, 'privacy', 'Maak privacy integraal'],
  [8, 'samenwerking', 'Deel, hergebruik en werk samen'],
  [9, 'integratie', 'Integreer en pas technologie aan'],
  [10, 'data', 'Maak beter gebruik van data'],
  [11, 'algoritmen', 'Pas algoritmen verantwoord toe'],
  [12, 'inkoop', 'Definieer je inkoopstrategie'],
  [13, 'duurzaamheid', 'Maak je technologie duurzaam'],
  [14, 'servicestandaard', 'Voldoe aan de servicestandaard'],
];

export const CATALOG: readonly CatalogEntry[] = ENTRIES.map(([number, slug, title]) => ({
  number,
  slug,
  title,
  url: `${BASE}/${slug}/`,
}));
