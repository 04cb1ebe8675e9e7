import { deepFreeze } from './code-list.js';

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly city: string;
}

const ROWS: [string, string, string][] = [
  ['Groningen', 'Groningen', 'Groningen'], ['Friesland', 'Friesland', 'Leeuwarden'], ['Drenthe', 'Drenthe', 'Assen'],
  ['Regio Zwolle', 'Overijssel', 'Zwolle'], ['Twente', 'Overijssel', 'Enschede'],
  ['Stedendriehoek en Noordwest Veluwe', 'Gelderland', 'Apeldoorn'], ['Achterhoek', 'Gelderland', 'Doetinchem'],
  ['Midden-Gelderland', 'Gelderland', 'Arnhem'], ['Rijk van Nijmegen', 'Gelderland', 'Nijmegen'],
  ['FoodValley', 'Gelderland', 'Ede'], ['Rivierenland', 'Gelderland', 'Tiel'], ['Midden-Utrecht', 'Utrecht', 'Utrecht'],
  ['Amersfoort', 'Utrecht', 'Amersfoort'], ['Gooi en Vechtstreek', 'Noord-Holland', 'Hilversum'],
  ['Flevoland', 'Flevoland', 'Almere'], ['Zaanstreek/Waterland', 'Noord-Holland', 'Zaandam'],
  ['Groot Amsterdam', 'Noord-Holland', 'Amsterdam'], ['Zuid-Kennemerland en IJmond', 'Noord-Holland', 'Haarlem'],
  ['Noord-Holland Noord', 'Noord-Holland', 'Alkmaar'], ['Holland Rijnland', 'Zuid-Holland', 'Leiden'],
  ['Haaglanden', 'Zuid-Holland', 'Den Haag'], ['Midden-Holland', 'Zuid-Holland', 'Gouda'],
  ['Zuid-Holland Centraal', 'Zuid-Holland', 'Zoetermeer'], ['Rijnmond', 'Zuid-Holland', 'Rotterdam'],
  ['Drechtsteden', 'Zuid-Holland', 'Dordrecht'], ['Gorinchem', 'Zuid-Holland', 'Gorinchem'],
  ['West-Brabant', 'Noord-Brabant', 'Breda'], ['Midden-Brabant', 'Noord-Brabant', 'Tilburg'],
  ['Noordoost-Brabant', 'Noord-Brabant', "'s-Hertogenbosch"], ['Zuidoost-Brabant', 'Noord-Brabant', 'Eindhoven'],
  ['Helmond-De Peel', 'Noord-Brabant', 'Helmond'], ['Noord-Limburg', 'Limburg', 'Venlo'],
  ['Midden-Limburg', 'Limburg', 'Roermond'], ['Zuid-Limburg', 'Limburg', 'Maastricht'], ['Zeeland', 'Zeeland', 'Middelburg'],
];

/** The 35 labour-market regions (arbeidsmarktregio's), SPEC §2. */
export const REGIONS: readonly Region[] = deepFreeze(
  ROWS.map(([name, province, city], i) => ({ code: `AMR-${String(i + 1).padStart(2, '0')}`, name, province, city })),
);
