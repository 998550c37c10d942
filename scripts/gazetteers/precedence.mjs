// Which list wins a name two lists claim: earlier lists first. Curated lists before generated ones,
// specific before broad (a militant group's short form before a company's, a district before a city),
// and a city before a division of the same name: "Islamabad" in the news is the city (geonames:1176615),
// whose point the map and GeoJSON then show, not the Capital Territory's.
// The compiler (scripts/compile-gazetteers.mjs) and the checker (check-curated.mjs) both order by it.
export const PRECEDENCE = [
  'organizations-militant', 'organizations-agencies', 'organizations-international', 'organizations-media',
  'organizations-parties', 'organizations-unions', 'organizations-education', 'people-notable', 'places-countries', 'places-regions', 'places-features', 'places-districts',
  'places-cities', 'places-divisions', 'organizations-companies', 'organizations-sports',
];

/** A list file's place in PRECEDENCE; files it does not name come after those it does. */
export function precedenceOf(fileName) {
  const index = PRECEDENCE.indexOf(fileName.replace(/\.tsv$/, ''));
  return index < 0 ? PRECEDENCE.length : index;
}
