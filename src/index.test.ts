import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCoOccurrences, createSummary, extract, GazetteerFileError, GazetteerLineError, loadGazetteer } from './index.js';

const seed = readFileSync(new URL('../seeds/000_7896003b2d4fef40.txt', import.meta.url), 'utf8');

describe('extract (built-in gazetteer)', () => {
  const entities = extract(seed);
  const byName = new Map(entities.map((e) => [e.name, e]));

  it('links every spelling of a defined short form to its long form', () => {
    const iskp = byName.get('Islamic State Khorasan Province')!;
    expect(iskp.type).toBe('organization');
    expect(new Set(iskp.mentions.map((m) => m.text))).toEqual(new Set(['Islamic State Khorasan Province', 'IS-KP', 'ISKP']));
    for (const [long, short] of [['Inter-Services Intelligence', 'ISI'], ['Lashkar-e-Taiba', 'LeT'], ['Jaish-e-Muhammad', 'JeM'], ['Haqqani Network', 'HQN']]) {
      expect(byName.get(long!)?.acronym).toBe(short);
    }
  });

  it('gives each listed entity its stable id, a defined long form that is listed its entry\'s, and a name no list holds none', () => {
    expect(byName.get('Lashkar-e-Taiba')?.id).toBe('organizations-militant:Lashkar-e-Taiba');
    // Defined in the text as "Jaish-e-Muhammad (JeM)", a spelling the list gives as an alias.
    expect(byName.get('Jaish-e-Muhammad')?.id).toBe('organizations-militant:Jaish-e-Mohammed');
    expect(byName.get('Rawalpindi')?.id).toBe('geonames:1166993');
    expect(byName.get('Pakistan')?.id).toBe('places-countries:PK');
    expect(byName.get('Abhinav Pandya')).not.toHaveProperty('id');
    expect(byName.get('Pakistan')).not.toHaveProperty('geo');
  });

  it('gives listed places their point and country when asked, longitude first', () => {
    const places = new Map(extract(seed, { geo: true }).map((e) => [e.name, e]));
    const [longitude, latitude] = places.get('Islamabad')!.geo!.coordinates!;
    expect(longitude).toBeCloseTo(73.0, 0);
    expect(latitude).toBeCloseTo(33.7, 0);
    expect(places.get('Islamabad')!.geo!.country).toBe('PK');
    expect(places.get('Inter-Services Intelligence')).not.toHaveProperty('geo');
  });

  it('drops the id of a listed place that the text makes a team: it is no longer that place', () => {
    const [team] = extract('Leicestershire beat Somerset by an innings. Somerset lost six wickets in Taunton. Somerset will tour.').filter((e) => e.name === 'Leicestershire');
    expect(team?.type).toBe('organization');
    expect(team).not.toHaveProperty('id');
  });

  it('gives mentions whose offsets slice back to their text, in text order, counted', () => {
    for (const entity of entities) {
      expect(entity.count).toBe(entity.mentions.length);
      for (const m of entity.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
      expect(entity.mentions.map((m) => m.start)).toEqual([...entity.mentions.map((m) => m.start)].sort((a, b) => a - b));
    }
  });

  it('leaves demonyms and page furniture out', () => {
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const word of ['Pakistani', 'Indian', 'Afghans', 'Western', 'Also Watch']) expect(texts).not.toContain(word);
  });

  it('filters by type on request', () => {
    expect(extract(seed, { types: ['place'] }).every((e) => e.type === 'place')).toBe(true);
  });
});

describe('extract on any text', () => {
  const fragments = ['Pakistan', 'ISI', ' (', ') ', 'Lashkar-e-Taiba', "'s", ' the ', 'Gen. ', 'Asim Munir', '\n', '😀', 'é', '\u0301', 'שלום ', 'Kabul', '-', '.', ' '];
  const articles = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((parts) => parts.join('')),
  );

  it('never throws, keeps offsets valid and gives the same answer twice', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const first = extract(text);
        for (const entity of first) for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(extract(text)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadGazetteer and the batch helpers', () => {
  const article = readFileSync(new URL('../fixtures/analyst/articles/a-kupwara.txt', import.meta.url), 'utf8');
  const list = new URL('../fixtures/analyst/groups.csv', import.meta.url).pathname;

  it('puts users\' lists over the built-in names, for files and for contents in memory', async () => {
    const types = (entities: ReturnType<typeof extract>) => new Map(entities.map((e) => [e.name, e.type]));
    const fromFile = types(extract(article, { gazetteer: await loadGazetteer({ userFiles: [list] }) }));
    expect(fromFile.get('Zarbeh')).toBe('weapon');
    expect(fromFile.get('Kupwara')).toBe('district');
    const inMemory = await loadGazetteer({ userLists: [{ fileName: 'mine.jsonl', content: '{"label":"WEAPON","pattern":"Zarbeh"}' }] });
    expect(types(extract(article, { gazetteer: inMemory })).get('Kupwara')).toBe('place');
    expect(types(extract(article)).has('Zarbeh')).toBe(false);
  });

  it('throws errors that name the file, and the line', async () => {
    await expect(loadGazetteer({ userFiles: ['no/such/list.csv'] })).rejects.toBeInstanceOf(GazetteerFileError);
    const bad = loadGazetteer({ userLists: [{ fileName: 'bad.csv', content: 'name,type\nZarbeh,\n' }] });
    await expect(bad).rejects.toBeInstanceOf(GazetteerLineError);
    await expect(bad).rejects.toThrow('bad.csv:2: the type is empty');
  });

  it('numbers sentences on request, for co-occurrence by sentence; a summary over documents', () => {
    const entities = extract(article, { sentences: true });
    const sentenceOf = (name: string) => entities.find((e) => e.name === name)!.mentions[0]!.sentence;
    expect(sentenceOf('Kupwara')).toBe(0);
    expect(sentenceOf('Inter-Services Intelligence')).toBe(1);
    expect(extract(article)[0]!.mentions[0]!.sentence).toBeUndefined();
    const pairs = createCoOccurrences('sentence');
    pairs.add({ path: 'a', entities });
    expect(pairs.rows().some((r) => r.target === 'Inter-Services Intelligence' || r.source === 'Inter-Services Intelligence')).toBe(false);
    const summary = createSummary();
    summary.add({ path: 'a', entities });
    summary.add({ path: 'b', entities });
    expect(summary.rows().find((r) => r.name === 'Kupwara')).toEqual({ name: 'Kupwara', type: 'place', documents: 2, mentions: 2, first_path: 'a', id: 'places-districts:Kupwara' });
  });
});

describe('extract (built-in world lists)', () => {
  const names = (text: string) => extract(text).map((e) => [e.name, e.type]);

  it('names a place by its proper spelling, however the text writes it', () => {
    expect(names('Talks moved from Zurich to Sao Paulo and then to Malmo.')).toEqual([
      ['Zürich', 'place'],
      ['São Paulo', 'place'],
      ['Malmö', 'place'],
    ]);
  });

  it("spells a city as its own record does, not as a smaller namesake does (Chile's Los Ángeles)", () => {
    expect(names('Flights from Los Angeles and San Jose were cancelled.')).toEqual([
      ['Los Angeles', 'place'],
      ['San Jose', 'place'],
    ]);
  });

  it("knows a city by its other names, one entity under the city's own name, and a town by its exonym", () => {
    const entities = extract('Flights from Bombay and Mumbai, from Kiev, and from Rangoon landed. Near Stepanakert, shelling was heard.');
    expect(entities.map((e) => [e.name, e.type, e.count])).toEqual([
      ['Mumbai', 'place', 2],
      ['Kyiv', 'place', 1],
      ['Yangon', 'place', 1],
      ['Stepanakert', 'place', 1],
    ]);
  });

  it("leaves a listed person's title out of the mention, as the guidelines do, but not a word of the name", () => {
    const spans = extract('King Abdullah II met Pope Francis and Sheikh Hasina; The Daily Star said so.').map((e) => [e.name, e.mentions[0]!.text]);
    expect(spans).toEqual([
      ['King Abdullah II', 'Abdullah II'],
      ['Pope Francis', 'Francis'],
      ['Sheikh Hasina', 'Sheikh Hasina'],
      ['Daily Star', 'Daily Star'],
    ]);
  });

  it('names a company, not a smaller city of its name (Toyota, Hitachi)', () => {
    expect(names('Nissan trails Toyota and Hitachi, analysts in Nagoya said.')).toEqual([
      ['Nissan', 'organization'],
      ['Toyota', 'organization'],
      ['Hitachi', 'organization'],
      ['Nagoya', 'place'],
    ]);
  });

  it('gives a facility its place type by its head word: arenas, circuits, cemeteries', () => {
    expect(names('The final was played at Rod Laver Arena, the race at the Sepang International Circuit.')).toEqual([
      ['Rod Laver Arena', 'place'],
      ['Sepang International Circuit', 'place'],
    ]);
  });

  it('makes every romanisation of a listed place one entity, with its id', () => {
    const entities = extract('Strikes hit Deir ez-Zor. Later, near Dayr Az Zayr and Dayr Az Zawr, more strikes.');
    expect(entities.map((e) => [e.name, e.id, e.count])).toEqual([['Deir ez-Zor', 'geonames:170794', 3]]);
  });

  it('reads ranks as titles, at a sentence start and abbreviated inside a name, and a room as a place', () => {
    const text = 'Petty Officer Keating was advising them. Army Lt. Gen. Zorvan J. Quillby spoke in the Press Briefing Room.';
    expect(names(text)).toEqual([
      ['Keating', 'person'],
      ['Zorvan J. Quillby', 'person'],
      ['Press Briefing Room', 'place'],
    ]);
  });

  it('finds towns of Syria and Iraq in the spellings news uses', () => {
    const text = 'Near Tal Afar, one strike hit a tunnel. Near Ayn Isa and near Raqqa, strikes hit Dayr Az Zawr.';
    expect(names(text).map(([, type]) => type)).toEqual(['place', 'place', 'place', 'place']);
  });

  it("reads a state's official name whole, with the possessive inside it", () => {
    const text = "The Democratic People's Republic of Korea and the People's Republic of China signed the treaty.";
    expect(names(text)).toEqual([
      ['North Korea', 'place'],
      ['China', 'place'],
    ]);
  });

  it('matches a listed name written with a hyphen before a lower-case syllable', () => {
    expect(names('Kim Jong-un met Lai Ching-te.')).toEqual([
      ['Kim Jong Un', 'person'],
      ['Lai Ching-te', 'person'],
    ]);
  });

  it('reads two or three capitals as a short form, never as a place name folded to them', () => {
    // Ig is a Slovenian municipality; IG here is the union's short form.
    expect(names('Workers of the IG Metall union walked out in Frankfurt.').map(([name]) => name)).not.toContain('Ig');
  });

  it('takes no demonym for a division: a division named "X Capital Territory" is not X', () => {
    expect(names('Novak Djokovic reached the Australian Open final in Melbourne.')).toEqual([
      ['Novak Djokovic', 'person'],
      ['Melbourne', 'place'],
    ]);
  });

  it('splits a titled name from the place after "of", whatever the title', () => {
    expect(names('Gov. Gavin Newsom of California met Rep. Nancy Mace of South Carolina.')).toEqual([
      ['Gavin Newsom', 'person'],
      ['California', 'place'],
      ['Nancy Mace', 'person'],
      ['South Carolina', 'place'],
    ]);
  });

  it('reads a name no list holds by the place word it opens with, in Malay, Spanish and Arabic too', () => {
    expect(names('The coalition won a by-election in Kuala Zorbang Baharu, then in Puerto Zorbang.')).toEqual([
      ['Kuala Zorbang Baharu', 'place'],
      ['Puerto Zorbang', 'place'],
    ]);
  });

  it('asks the word lists about a name as written, not as folded: Leeds is not "lids", Scott not "Scot"', () => {
    expect(names('Leeds City Council leader James Lewis said so. Dole campaign manager Scott Reed wrote to him.')).toEqual([
      ['Leeds City Council', 'organization'],
      ['James Lewis', 'person'],
      ['Scott Reed', 'person'],
    ]);
  });

  it("keeps a common noun's possessive inside a name, but not a body's", () => {
    const text = "He will appear before Leeds Magistrates' Court, near the Pakistani Army's General Headquarters.";
    expect(names(text)).toEqual([
      ["Leeds Magistrates' Court", 'organization'],
      ['Pakistan Army', 'organization'],
      ['General Headquarters', 'organization'],
    ]);
  });

  it('reads a given name before a surname as a person, not as a one-word name it only folds to', () => {
    // The Kurdish party Gorran folds to "goran".
    expect(names('Goran Ivanisevic (Croatia) beat Scott Draper (Australia).')).toEqual([
      ['Goran Ivanisevic', 'person'],
      ['Croatia', 'place'],
      ['Scott Draper', 'person'],
      ['Australia', 'place'],
    ]);
  });

  it('types the part of a chunk before a listed name without the connector that led into it', () => {
    expect(names('Insurgents attacked Mocímboa da Praia.')).toContainEqual(['Mocímboa', 'place']);
  });

  it('reads a legislature or the Treasury named alone and capitalised as an organization, as the guidelines do', () => {
    expect(names('The bill passed Parliament on Monday, and the Senate agreed; the parliament of Kenya did not. The Treasury objected.')).toEqual([
      ['Parliament', 'organization'],
      ['Senate', 'organization'],
      ['Kenya', 'place'],
      ['Treasury', 'organization'],
    ]);
  });

  it('takes the longer listed name that starts inside a shorter one and runs further', () => {
    const entities = extract("The National Bank of Romania said so. Qatar's Emir Sheikh Tamim bin Hamad Al Thani spoke.");
    expect(entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['National Bank of Romania', ['National Bank of Romania']],
      ['Qatar', ['Qatar']],
      // The alias "Sheikh Tamim" and the full name are one entry: one mention.
      ['Tamim bin Hamad Al Thani', ['Sheikh Tamim bin Hamad Al Thani']],
    ]);
  });

  it('keeps a hyphen-joined syllable in a name no list holds, but not an English word after a hyphen', () => {
    expect(names('Chairman Zorvan Quill-yong met Pakistan-based and US-led envoys.')).toEqual([
      ['Zorvan Quill-yong', 'person'],
      ['Pakistan', 'place'],
      ['United States', 'place'],
    ]);
  });

  it("reads a given name before a firm's one-word name as a person (Doug Ford), not a person and a firm", () => {
    expect(names('The Ontario premier, Doug Ford, criticised the tariffs.')).toEqual([
      ['Ontario', 'place'],
      ['Doug Ford', 'person'],
    ]);
  });

  it('makes a compass word and the listed place after it one region', () => {
    expect(names('Fighting spread from South Kivu to Northern Iraq.')).toEqual([
      ['South Kivu', 'place'],
      ['Northern Iraq', 'place'],
    ]);
  });

  it("matches a firm listed with its possessive, cutting the possessive from the mention as from any", () => {
    const entities = extract("McDonald's raised prices; Moody's downgraded Israel.");
    expect(entities.map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["McDonald's", 'organization', ['McDonald']],
      ["Moody's", 'organization', ['Moody']],
      ['Israel', 'place', ['Israel']],
    ]);
  });

  it('reads a listed place hyphen-joined to more words by a connector as one place', () => {
    expect(names('Troops reached Windsor-upon-Thames and Lahore-on-Ravi, not the Afghanistan-Pakistan border.')).toEqual([
      ['Windsor-upon-Thames', 'place'],
      ['Lahore-on-Ravi', 'place'],
      ['Afghanistan', 'place'],
      ['Pakistan', 'place'],
    ]);
  });

  it("reads a body's head word alone as a generic reference, a title's possessive as no title, and a party by its members' name", () => {
    expect(names('The Army said so, and the Ministry agreed.')).toEqual([]);
    expect(names("The Sangamon County State's Attorney's Office said little.").filter(([, type]) => type === 'person')).toEqual([]);
    expect(names('The Christian Democrats and the Sweden Democrats won seats.')).toEqual([
      ['Christian Democrats', 'organization'],
      ['Sweden Democrats', 'organization'],
    ]);
  });

  it('reads "on" and its subject inside a body\'s name, but not a day or a name after it', () => {
    expect(names('The Kenya National Commission on Human Rights and the Commission on Presidential Debates spoke; the Senate Inquiry on Syria met on Friday.')).toEqual([
      ['Kenya National Commission on Human Rights', 'organization'],
      ['Commission on Presidential Debates', 'organization'],
      ['Senate Inquiry', 'organization'],
      ['Syria', 'place'],
    ]);
  });

  it('reads a text with a hat-trick and an equaliser as sports reporting, and a home nation\'s side as its place', () => {
    const text = 'Kane scored a hat-trick as England beat Leeds, and a late equaliser from Scotland stunned Bradford at the Hong Kong Open.';
    expect(names(text)).toEqual([
      ['Kane', 'person'],
      ['England', 'place'],
      ['Leeds', 'organization'],
      ['Scotland', 'place'],
      ['Bradford', 'organization'],
    ]);
  });

  it("reads a market index's name as none of our types, whatever list holds its words", () => {
    expect(names('The CAC 40 index rose, the Nikkei average fell, the Dow Jones industrial average slipped and the Shanghai Composite index gained; Dow Jones said so in Shanghai.')).toEqual([
      ['Dow Jones', 'organization'],
      ['Shanghai', 'place'],
    ]);
  });

  it('reads "and" and the words after it inside a body\'s name after "of", a ship as none of our types, and Chair as a title', () => {
    const text = 'The Department of Health and Human Services and the Ministry of Defence and Pakistan spoke of the USS Gerald R. Ford. Chair Jennifer Homendy agreed.';
    expect(names(text)).toEqual([
      ['Department of Health and Human Services', 'organization'],
      ['Ministry of Defence', 'organization'],
      ['Pakistan', 'place'],
      ['Jennifer Homendy', 'person'],
    ]);
  });

  it('takes no listed short form from the end of an unknown hyphenated one, but keeps two listed ones apart', () => {
    expect(names('Rebels of the CSP-PSD met; US-UK talks went on.')).toEqual([
      ['United States', 'place'],
      ['United Kingdom', 'place'],
    ]);
  });

  it('parts a body from the person after its last "of", listed or not, but not a body of a place', () => {
    expect(names('The Government of National Unity of Abdul Hamid Dbeibah met the Ministry of Interior of Pakistan.')).toEqual([
      ['Government of National Unity', 'organization'],
      ['Abdul Hamid Dbeibah', 'person'],
      ['Ministry of Interior of Pakistan', 'organization'],
    ]);
  });

  it("reads a pollster by its poll, before the preposition's place", () => {
    expect(names('The rating fell in a Datafolha poll and in the Quaest survey.')).toEqual([
      ['Datafolha', 'organization'],
      ['Quaest', 'organization'],
    ]);
  });

  it('takes no listed name, nor an unknown short form, from inside a name of none of our types', () => {
    expect(names('Under the Dayton Peace Agreement and the Kyoto Protocol, talks in Paris went on; UEFA Cup ties were played.')).toEqual([['Paris', 'place']]);
  });

  it("names a country's body by its generic alias only in a text that names the country or a place in it", () => {
    const named = (text: string) => extract(text).map((e) => [e.mentions[0]!.text, e.name, e.type, e.id ?? null]);
    expect(named("Peru's Congress removed the president, and the National Assembly of another state met.")).toEqual([
      ['Peru', 'Peru', 'place', 'places-countries:PE'],
      ['Congress', 'Congress', 'organization', null],
      ['National Assembly', 'National Assembly', 'organization', null],
    ]);
    expect(named('In Islamabad, the National Assembly met; Indian officials said Congress would win.')).toEqual([
      ['Islamabad', 'Islamabad', 'place', 'geonames:1176615'],
      ['National Assembly', 'National Assembly of Pakistan', 'organization', 'organizations-agencies:National Assembly of Pakistan'],
      ['Congress', 'Indian National Congress', 'organization', 'organizations-parties:Indian National Congress'],
    ]);
  });

  it('leaves a prosecutor\'s title and a plural title before a list of names out of the first name', () => {
    expect(names('Justices Clarence Thomas and Samuel Alito dissented; Sens. Ted Cruz and John Cornyn and District Attorney Alvin Bragg agreed.')).toEqual([
      ['Clarence Thomas', 'person'],
      ['Samuel Alito', 'person'],
      ['Ted Cruz', 'person'],
      ['John Cornyn', 'person'],
      ['Alvin Bragg', 'person'],
    ]);
  });

  it('splits a name written surname first from the place after "of", as a given name first is', () => {
    expect(names('Zheng Qinwen of China lost to Aryna Sabalenka of Belarus.')).toEqual([
      ['Zheng Qinwen', 'person'],
      ['China', 'place'],
      ['Aryna Sabalenka', 'person'],
      ['Belarus', 'place'],
    ]);
  });

  it('reads a table cell that is no name at the very end of a text ("N / A") as nothing, and goes on', () => {
    expect(names('Shares offered by Imran Khan N / A')).toEqual([['Imran Khan', 'person']]);
  });

  it('reads words joined by a connector only place names use as one place, with no list behind it', () => {
    expect(names('Floods hit Walton-on-Thames and Bourg-en-Bresse; Jean-Pierre Dupont and Abd al-Rahman spoke.')).toEqual([
      ['Walton-on-Thames', 'place'],
      ['Bourg-en-Bresse', 'place'],
      ['Jean-Pierre Dupont', 'person'],
      ['Abd al-Rahman', 'person'],
    ]);
  });

  it('knows a city by its English name where its own record has another (Rostov-on-Don)', () => {
    const [rostov] = extract('Troops reached Rostov-on-Don.');
    expect([rostov!.type, rostov!.id]).toEqual(['place', 'geonames:501175']);
  });

  it("reads an armed forces' General Staff as an organization, not a titled person", () => {
    expect(names("Ukraine's General Staff reported losses.")).toEqual([
      ['Ukraine', 'place'],
      ['General Staff', 'organization'],
    ]);
  });

  it('keeps a demonym where the rest of the name is generic, not before a name of its own', () => {
    expect(names('The Nigerian Bar Association wrote to the Pakistani Inter-Services Intelligence.')).toEqual([
      ['Nigerian Bar Association', 'organization'],
      ['Inter-Services Intelligence', 'organization'],
    ]);
  });

  it("reads a people's, a faith's or a language's word as none of our types alone, and keeps it before a generic body", () => {
    expect(names('Tutsi rebels fled. English fans sang. The statement was read in Urdu. The Kurdish Regional Government met.')).toEqual([
      ['Kurdish Regional Government', 'organization'],
    ]);
  });

  it("reads a church named by its faith, nation or land as a body, and one named by its saint as a building", () => {
    expect(names("The Russian Orthodox Church, the Church of England and the Coptic Church condemned the attack on St Mary's Church.")).toEqual([
      ['Russian Orthodox Church', 'organization'],
      ['Church of England', 'organization'],
      ['Coptic Church', 'organization'],
      ["St Mary's Church", 'place'],
    ]);
  });

  it("reads a month's short form before a day as a date, not the given name it spells, nor a part of a listed name", () => {
    expect(names('MOGADISHU, Jan 22 (Reuters) - Jan Egeland said talks resume on Jan. 8.')).toEqual([
      ['Mogadishu', 'place'],
      ['Reuters', 'organization'],
      ['Jan Egeland', 'person'],
    ]);
  });

  it('leaves party leaders\' and judges\' titles, and a title\'s "for" and its subject, out of the name', () => {
    expect(names('NDP Leader Jagmeet Singh and U.S. District Judge Yvonne Gonzalez Rogers met Secretary for Security Chris Tang and the U.N. High Commissioner for Refugees.')).toEqual([
      ['New Democratic Party', 'organization'],
      ['Jagmeet Singh', 'person'],
      ['United States', 'place'],
      ['Yvonne Gonzalez Rogers', 'person'],
      ['Chris Tang', 'person'],
      ['United Nations', 'organization'],
    ]);
  });

  it("reads an honorific before a listed person's name as no person of its own", () => {
    expect(names('UAE President Sheikh Mohamed bin Zayed arrived.')).toEqual([
      ['United Arab Emirates', 'place'],
      ['Mohamed bin Zayed', 'person'],
    ]);
  });

  it('reads a villa as a place and keeps the country in its name a place, not a surname-first person', () => {
    expect(names('A bomb exploded near Villa Somalia. Somalia has been at war for decades.')).toEqual([
      ['Villa Somalia', 'place'],
      ['Somalia', 'place'],
    ]);
  });

  it('parts two bodies joined by "and" when the second has its own head word and "of"', () => {
    expect(names('The Bank of Canada and Bank of England held rates; the Department of Health and Human Services did not.')).toEqual([
      ['Bank of Canada', 'organization'],
      ['Bank of England', 'organization'],
      ['Department of Health and Human Services', 'organization'],
    ]);
  });

  it('reads a name before a field, mine or basin as a place, and a chamber as a body', () => {
    expect(names('Flows from the Paloch field and the Lumwana mine fell, the Zambia Chamber of Mines said.')).toEqual([
      ['Paloch', 'place'],
      ['Lumwana', 'place'],
      ['Zambia Chamber of Mines', 'organization'],
    ]);
  });

  it('matches a listed name with its umlauts written out, as German wire copy writes them', () => {
    const entities = extract('Striker Juergen Klinsmann left Fortuna Duesseldorf for Muenster.');
    expect(entities.map((e) => [e.name, e.type, e.mentions[0]!.text])).toEqual([
      ['Jürgen Klinsmann', 'person', 'Juergen Klinsmann'],
      ['Fortuna Düsseldorf', 'organization', 'Fortuna Duesseldorf'],
      ['Münster', 'place', 'Muenster'],
    ]);
  });

  it("reads a common term's short form (GDP, AI, LNG) as no entity, not an unknown acronym", () => {
    expect(names('Spending on AI and LNG reached 5% of GDP, the MP said.')).toEqual([]);
  });

  it('names Washington and New York written alone the cities, not the states', () => {
    const byName = new Map(extract('NEW YORK, Sept 19 (Reuters) - Officials in Washington condemned the launch.').map((e) => [e.mentions[0]!.text, e.id]));
    expect(byName.get('NEW YORK')).toBe('geonames:5128581');
    expect(byName.get('Washington')).toBe('geonames:4140963');
  });

  it('matches a listed name opened by the Arabic article written apart, in lower case', () => {
    expect(names('Fighters linked to al Qaeda crossed from areas held by al Shabaab.')).toEqual([
      ['Al Qaeda', 'organization'],
      ['Al-Shabaab', 'organization'],
    ]);
  });

  it("knows federal member states and self-declared regions that are no country's division", () => {
    expect(names('Puntland and Jubaland suspended ties; Somaliland stayed out.')).toEqual([
      ['Puntland', 'place'],
      ['Jubaland', 'place'],
      ['Somaliland', 'place'],
    ]);
  });

  it("reads a title's office and a title before a body's head word as the body's name", () => {
    expect(names("Deputies from the Tipton County Sheriff's Office and the Attorney General's Office said the General Court would rule.")).toEqual([
      ["Tipton County Sheriff's Office", 'organization'],
      ["Attorney General's Office", 'organization'],
      ['General Court', 'organization'],
    ]);
    expect(names("The Attorney General's decision was final.")).toEqual([]);
  });

  it("reads a given name and a word that only folds to a place's head word as a person", () => {
    expect(names('The company was founded by Andrew Forrest near Sherwood Forest.')).toEqual([
      ['Andrew Forrest', 'person'],
      ['Sherwood Forest', 'place'],
    ]);
  });

  it('makes Upper, Lower, Greater and Old and the listed place after them one place', () => {
    expect(names('Trains ran from Upper Egypt to Greater Manchester, near Old Trafford.')).toEqual([
      ['Upper Egypt', 'place'],
      ['Greater Manchester', 'place'],
      ['Old Trafford', 'place'],
    ]);
  });

  it("reads a firm by the trade or group place a business desk writes before it, and a site by its crossing", () => {
    expect(names("Daimler's aerospace arm Dasa and the automaker Stellantis met near the Erez crossing.").filter(([name]) => name !== 'Mercedes-Benz')).toEqual([
      ['Dasa', 'organization'],
      ['Stellantis', 'organization'],
      ['Erez', 'place'],
    ]);
  });

  it('reads a lone given name next to a match word in sports reporting as a club, not a person', () => {
    const text = 'Manchester United beat Chelsea 2-1 on Saturday. The striker scored a hat-trick and the equaliser came late.';
    expect(names(text)).toEqual([
      ['Manchester United', 'organization'],
      ['Chelsea', 'organization'],
    ]);
    expect(names('Chelsea said she would run.')).toEqual([['Chelsea', 'person']]);
  });

  it('reads a title only as written, and a title\'s complement with "and" whole', () => {
    expect(names('Tourism Minister Sherif Fathy met Minister of Mines and Minerals Development Paul Kabuswe.')).toEqual([
      ['Sherif Fathy', 'person'],
      ['Paul Kabuswe', 'person'],
    ]);
  });

  it("reads a name before a site's or building's noun as one place, and Mines and Minerals as a firm's head words", () => {
    expect(names('Mopani Copper Mines and Bikita Minerals sent trucks to the Al Salem hospital.')).toEqual([
      ['Mopani Copper Mines', 'organization'],
      ['Bikita Minerals', 'organization'],
      ['Al Salem', 'place'],
    ]);
  });

  it("keeps the article of a place named with it, and no other's", () => {
    expect(names('Judges in The Hague and reporters at The Daily Star agreed.')).toEqual([
      ['The Hague', 'place'],
      ['Daily Star', 'organization'],
    ]);
  });

  it('matches a name written without its letters that no decomposition takes to ASCII (ł, ø)', () => {
    expect(extract('Wladyslaw Kosiniak-Kamysz met Jaroslaw Kaczynski.').map((e) => e.name)).toEqual(['Władysław Kosiniak-Kamysz', 'Jarosław Kaczyński']);
  });

  it("reads a demonym before a listed body as describing it, though it is a given name too, and a London borough by its own name", () => {
    expect(names('A German Bundeswehr brigade was seen in Tower Hamlets.')).toEqual([
      ['Bundeswehr', 'organization'],
      ['Tower Hamlets', 'place'],
    ]);
  });

  it('reads an initial and a one-word name a list holds as a place as a person', () => {
    expect(names('Scores: K. Barnett 40, J. Crawley 63.')).toEqual([
      ['K. Barnett', 'person'],
      ['J. Crawley', 'person'],
    ]);
  });

  it("reads a first name before a listed person's one-word surname as a person of the text's own", () => {
    const [person] = extract('Chief Justice Jayantha Jayasuriya administered the oath.');
    expect([person!.name, person!.type, person!.id]).toEqual(['Jayantha Jayasuriya', 'person', undefined]);
  });

  it('keeps "for" and its subject in a body\'s name, and knows a legislature, a firm and restaurants by their head words', () => {
    expect(names('The Asan Institute for Policy Studies, the Tennessee Legislature, the Quinn Law Firm and Darden Restaurants agreed.')).toEqual([
      ['Asan Institute for Policy Studies', 'organization'],
      ['Tennessee Legislature', 'organization'],
      ['Quinn Law Firm', 'organization'],
      ['Darden Restaurants', 'organization'],
    ]);
  });

  it("keeps a firm's legal form in its name, and a Swahili 'wa' in a person's", () => {
    expect(names('Shares in Fiat SpA and Ericsson AB rose, Prime Minister Kengo wa Dondo said.')).toEqual([
      ['Fiat SpA', 'organization'],
      ['Ericsson AB', 'organization'],
      ['Kengo wa Dondo', 'person'],
    ]);
  });

  it('keeps a seat of government a place where it stands for its government, as the guidelines do', () => {
    expect(names('The White House and the Kremlin traded accusations.')).toEqual([
      ['White House', 'place'],
      ['Kremlin', 'place'],
    ]);
  });

  it("reads a given name and a surname that is also a place's head word as a person", () => {
    expect(names('Anthony Hill spoke in Notting Hill.')).toEqual([
      ['Anthony Hill', 'person'],
      ['Notting Hill', 'place'],
    ]);
  });

  it("reads news copy's abbreviation of a state as the state, with its full stop", () => {
    const text = 'Publix of Jacksonville, Fla., and Sen. Bob Corker, R-Tenn., met in Albany, N.Y.';
    expect(extract(text).filter((e) => e.type === 'place').map((e) => [e.name, e.mentions[0]!.text])).toEqual([
      ['Jacksonville', 'Jacksonville'],
      ['Florida', 'Fla.'],
      ['Tennessee', 'Tenn.'],
      ['Albany', 'Albany'],
      ['New York', 'N.Y.'],
    ]);
    // Reuters copy writes them without the full stop.
    expect(extract('IRVINE, Calif 1996-08-30').map((e) => e.name)).toEqual(['Irvine', 'California']);
  });

  it("reads the state after a legislator's party initial as a place ('D-N.Y.')", () => {
    expect(names('Rep. Alexandria Ocasio-Cortez, D-N.Y., and Sen. Lindsey Graham, R-S.C., clashed.')).toEqual([
      ['Alexandria Ocasio-Cortez', 'person'],
      ['New York', 'place'],
      ['Lindsey Graham', 'person'],
      ['South Carolina', 'place'],
    ]);
  });

  it('reads a place of worship, a stage or a show ground by its head word as a place', () => {
    expect(names('She trained at the Oxford Playhouse, sang in Bath Abbey and walked in Kew Gardens.')).toEqual([
      ['Oxford Playhouse', 'place'],
      ['Bath Abbey', 'place'],
      ['Kew Gardens', 'place'],
    ]);
  });

  it("reads a dateline's unlisted town in capitals as a place, not a short form", () => {
    expect(names('GOLF - NORMAN LEADS.\nMASON, Ohio 1996-08-18\nThe NBA said.')).toContainEqual(['MASON', 'place']);
  });

  it("reads a listed name that is also a common word at a sentence's start as the name before a possessive or a subject's verb", () => {
    expect(names("Apple unveiled a phone. Alphabet's Google was fined. Oil said nothing. Gold rose. Shell fell.")).toEqual([
      ['Apple', 'organization'],
      ['Alphabet', 'organization'],
      ['Google', 'organization'],
      ['Shell', 'organization'],
    ]);
  });

  it("reads a name between an owner's 'its' and a firm's noun as where the thing is, and a name before a firm's noun as the firm", () => {
    expect(names('Apple said it met at its Cupertino headquarters. Later Zhongwang shares fell.')).toEqual([
      ['Apple', 'organization'],
      ['Cupertino', 'place'],
      ['Zhongwang', 'organization'],
    ]);
  });

  it("keeps 'and' and its subject after a body's 'for', and knows plural head words ('Centres')", () => {
    expect(names('The Africa Centres for Disease Control and Prevention and the Institute for Peace and Conflict Studies met.')).toEqual([
      ['Africa Centres for Disease Control and Prevention', 'organization'],
      ['Institute for Peace and Conflict Studies', 'organization'],
    ]);
  });

  it("reads a name after a place's noun and 'of' as one place, and a verb's subject as the plural before 'of', not the name after it", () => {
    expect(names('They met in the village of Oke-Ogun. Many residents of Kibera said the river rose.')).toEqual([['Oke-Ogun', 'place']]);
  });

  it("reads a name led by a given name after a place's preposition and 'the' as a building, not a person", () => {
    expect(names('Madrid won again at the Santiago Bernabeu on Saturday. Fans met at the Maria Obst, near the Oscar Frey.')).toEqual([
      ['Madrid', 'place'],
      ['Santiago Bernabeu', 'place'],
      ['Maria Obst', 'place'],
      ['Oscar Frey', 'place'],
    ]);
    expect(names('He grew up in the Jimmy Carter years. Maria Obst spoke.')).toEqual([
      ['Jimmy Carter', 'person'],
      ['Maria Obst', 'person'],
    ]);
  });

  it("keeps a sentence's first word out of a name when an abbreviation's full stop ends the sentence before it", () => {
    expect(names('He criticised the decision on X. The American Civil Liberties Union filed a brief. He wrote on X. Her party won.')).toEqual([
      ['American Civil Liberties Union', 'organization'],
    ]);
  });

  it('matches a listed name that holds a lower-case preposition between its capitalised words, and only whole', () => {
    expect(names('The Committee to Protect Journalists said so. He went to London to Protect it.')).toEqual([
      ['Committee to Protect Journalists', 'organization'],
      ['London', 'place'],
    ]);
  });

  it("reads a lone given name after a listed body's possessive as its product, and a person's full name there as the person", () => {
    expect(names("It rivals Google's Gemini and Anthropic's Claude, said Microsoft's Satya Nadella. Pakistan's Imran spoke.")).toEqual([
      ['Google', 'organization'],
      ['Anthropic', 'organization'],
      ['Microsoft', 'organization'],
      ['Satya Nadella', 'person'],
      ['Pakistan', 'place'],
      ['Imran', 'person'],
    ]);
  });

  it("reads streets, squares and quarters by the first word of Portuguese, Spanish, Italian and French names, and 'dos', 'di' inside names", () => {
    expect(names('Crowds filled the Praça dos Três Poderes and the Piazza Venezia, then Rue de Rivoli. Police raided the Complexo da Penha. Fernando dos Santos spoke.')).toEqual([
      ['Praça dos Três Poderes', 'place'],
      ['Piazza Venezia', 'place'],
      ['Rue de Rivoli', 'place'],
      ['Complexo da Penha', 'place'],
      ['Fernando dos Santos', 'person'],
    ]);
  });

  it("reads a name before a settlement's, a landform's or a bridge's lower-case noun as a place ('the Nahal Oz kibbutz')", () => {
    expect(names('Troops reached the Nahal Oz kibbutz, the Philadelphi corridor and the Tamsin airfield, then the Francis Scott Key bridge.')).toEqual([
      ['Nahal Oz', 'place'],
      ['Philadelphi', 'place'],
      ['Tamsin', 'place'],
      ['Francis Scott Key', 'place'],
    ]);
    expect(names('Crowds filled Zorbahane square and the Gezi park.')).toEqual([
      ['Zorbahane', 'place'],
      ['Gezi', 'place'],
    ]);
  });

  it("reads 'said' after a plural noun and 'of' that open a sentence as the plural's verb, not the name's", () => {
    expect(names('Residents of Zorbavan said floods cut the road. Engineers opened the Akosombo dam.')).toEqual([
      ['Akosombo', 'place'],
    ]);
  });

  it("reads '… Ground' as a place and '… Finals' as an event, with no name inside it", () => {
    expect(names('Kohli batted at the Melbourne Cricket Ground. Sinner won the ATP Finals in Turin.')).toEqual([
      ['Virat Kohli', 'person'],
      ['Melbourne Cricket Ground', 'place'],
      ['Turin', 'place'],
    ]);
  });

  it("reads a dateline's town in capitals, of any length, by the comma and the listed place after it", () => {
    expect(names('ZORBAVILLE, S.C. (AP) — A jury convicted him.\nBRANDENBURGER STADT, Texas (AP) — Fires spread.')).toEqual([
      ['ZORBAVILLE', 'place'],
      ['South Carolina', 'place'],
      ['Associated Press', 'organization'],
      ['BRANDENBURGER STADT', 'place'],
      ['Texas', 'place'],
    ]);
  });

  it("reads companies of music and dance by their head word, and no person in a name a German article opens", () => {
    expect(names('She sang Der Rosenkavalier at the Vienna State Opera after the Zurich Conservatory.')).toEqual([
      ['Vienna State Opera', 'organization'],
      ['Zurich Conservatory', 'organization'],
    ]);
  });

  it("reads an initial before a listed person's one-word surname as a person of the text's own", () => {
    expect(extract('Scorers: G. Kersey 63 , J. Ratcliffe 63 .').map((e) => [e.name, e.type, e.id ?? null])).toEqual([
      ['G. Kersey', 'person', null],
      ['J. Ratcliffe', 'person', null],
    ]);
  });

  it("keeps a place's own article written in capitals, as a dateline writes it", () => {
    expect(extract('THE HAGUE (Reuters) - Judges met in The Hague.').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['The Hague', ['THE HAGUE', 'The Hague']],
      ['Reuters', ['Reuters']],
    ]);
  });

  it("keeps a people's word hyphen-joined to the next in a body's name, and drops one written apart", () => {
    expect(names('The Kuki-Zo Council met the Kurdish Zorbavan Council.')).toEqual([
      ['Kuki-Zo Council', 'organization'],
      ['Zorbavan Council', 'organization'],
    ]);
  });

  it('reads a demonym of two words as no name, though its first word is a given name', () => {
    expect(names('Colombo met Sri Lankan officials and North Korean diplomats.')).toEqual([['Colombo', 'place']]);
  });

  it("reads the employer after staff and 'at', and the firm after 'shares of', as organizations, and firms by their trade", () => {
    expect(names('Shares of Krontex Zyme jumped. Analysts at Piper Sandler agreed. Zorbel Therapeutics fell. Officials at Bagram said so.')).toEqual([
      ['Krontex Zyme', 'organization'],
      ['Piper Sandler', 'organization'],
      ['Zorbel Therapeutics', 'organization'],
      ['Bagram', 'place'],
    ]);
    // "Financial" is a firm's trade, but "Financial Secretary" a title.
    expect(names('Hong Kong Financial Secretary Donald Tsang spoke.')).toEqual([
      ['Hong Kong', 'place'],
      ['Donald Tsang', 'person'],
    ]);
  });

  it("matches names joined by Italian articled prepositions, keeps a listed feature of several words a place in sports reporting, and reads no person after 'the'", () => {
    expect(names('Monte dei Paschi di Siena rose. Juventus beat Napoli 2-1 near the Strait of Messina. The Zorbetta dello Sport said so.')).toEqual([
      ['Monte dei Paschi di Siena', 'organization'],
      ['Juventus', 'organization'],
      ['Naples', 'organization'],
      ['Strait of Messina', 'place'],
    ]);
  });

  it('reads crime groups by their head word', () => {
    expect(names('Police arrested members of the DZ Mafia and the Sun Yee On Triad.')).toEqual([
      ['DZ Mafia', 'organization'],
      ['Sun Yee On Triad', 'organization'],
    ]);
  });

  it('knows trade unions by their names and short forms', () => {
    expect(extract('Talks with the IG Metall union failed; the Teamsters and COSATU struck.').map((e) => [e.name, e.type, e.id])).toEqual([
      ['IG Metall', 'organization', 'organizations-unions:IG Metall'],
      ['International Brotherhood of Teamsters', 'organization', 'organizations-unions:International Brotherhood of Teamsters'],
      ['Congress of South African Trade Unions', 'organization', 'organizations-unions:Congress of South African Trade Unions'],
    ]);
  });

  it('knows a division named by an ordinary word by the designator its country writes after it', () => {
    const [rivers] = extract('Gunmen attacked a village in Rivers State.');
    expect([rivers!.name, rivers!.type, rivers!.id]).toEqual(['Rivers State', 'place', 'places-divisions:NG-RI']);
  });

  it('reads a title and any words with a listed place among them as one person', () => {
    expect(names('The winger Will Jordan scored twice.')).toEqual([['Will Jordan', 'person']]);
  });

  it('reads a compass initial before a listed place as the place, and any other initial as a person\'s', () => {
    expect(names('N. Korea warned S. Korea, W. Bengal voted and J. Smith spoke.')).toEqual([
      ['North Korea', 'place'],
      ['South Korea', 'place'],
      ['West Bengal', 'place'],
      ['J. Smith', 'person'],
    ]);
  });

  it("reads a market index by its count of shares and the day's move, or by Composite, as none of our types", () => {
    expect(names('The FTSE 100 fell, the Nikkei 225 gained and the Shanghai Composite slipped in Japan.')).toEqual([['Japan', 'place']]);
  });

  it('reads a grade or contract traded under a name no list holds as a product, and keeps a listed name before one', () => {
    expect(names('Brent crude rose and Brent futures fell, while Iran crude exports slid.')).toEqual([['Iran', 'place']]);
    expect(names('Demand for Blackwell chips rose as Kyiv asked for Patriot missiles and the Pfizer vaccine.')).toEqual([
      ['Kyiv', 'place'],
      ['Pfizer', 'organization'],
    ]);
  });

  it('ends a listed name before a full stop set apart from it, as tokenized text writes one', () => {
    expect(extract('Shares of Warner Bros . rose in the U.S .').map((e) => e.mentions[0]!.text)).toEqual(['Warner Bros', 'U.S']);
  });

  it("reads a place that is a word of a listed club the text names as the club, unless the words around make it a place", () => {
    const text = 'SOCCER - BAYERN HOLD DORTMUND.\nBERLIN 1996-09-01\nBayern Munich were held 1-1 by Borussia Dortmund. The Dortmund side had won in Berlin.';
    const typeAt = (written: string) => extract(text).find((e) => e.mentions.some((m) => m.text === written))?.type;
    expect(typeAt('DORTMUND')).toBe('organization');
    expect(typeAt('BERLIN')).toBe('place');
    expect(extract(text).filter((e) => e.type === 'place').map((e) => e.mentions.map((m) => m.text))).toContainEqual(['Dortmund']);
  });

  it("reads a match's result as sports reporting, so its cities are clubs, but not a player's set scores", () => {
    expect(names('Liverpool drew 0-0 with Chicago on Saturday.')).toEqual([
      ['Liverpool', 'organization'],
      ['Chicago', 'organization'],
    ]);
    expect(names('Washington beat Rios 6-4 6-3 in Toronto.')).toContainEqual(['Washington, D.C.', 'place']);
  });

  it("reads one word of a listed club's name, written alone later, as a club", () => {
    const orioles = extract('Boston beat the Baltimore Orioles on Friday, and the Orioles fell again.').filter((e) => e.type === 'organization');
    expect(orioles.map((e) => e.mentions.map((m) => m.text))).toEqual([['Baltimore Orioles'], ['Orioles']]);
  });

  it('reads a results table as teams', () => {
    const text = 'Division two\nBrechin 3 0 3 0 2 2 3\nStranraer 3 1 1 1 3 3 4\nClydebank 3 2 1 0 6 2 7\nAyr 3 1 2 0 8 2 5';
    expect(names(text).every(([, type]) => type === 'organization')).toBe(true);
  });

  it("reads a sports story's slug, its clubs' nicknames and a dateline town that is also the club", () => {
    const text = 'BASEBALL - ROUNDUP .\nCHICAGO 1996-08-31\nThe Braves and Cubs split a doubleheader , and the Blue Jays won . Chicago lost again .';
    expect(names(text)).toEqual([
      ['Chicago', 'place'],
      ['Braves', 'organization'],
      ['Cubs', 'organization'],
      ['Toronto Blue Jays', 'organization'],
      ['Chicago', 'organization'],
    ]);
  });

  it('reads a common plural after a lone capital and full stop as a sentence opening, not an initial', () => {
    expect(names('The move was criticised on X. Analysts at Itau Unibanco said so, and J. Adams agreed.')).toEqual([
      ['Itaú Unibanco', 'organization'],
      ['J. Adams', 'person'],
    ]);
  });

  it('reads Romance organisation words as heads: Banco, Grupo, Partido … Investimentos, Seguros', () => {
    expect(names('Analysts at XP Investimentos and Porto Seguros said the Partido Novo and the Frente Amplio gained.')).toEqual([
      ['XP Investimentos', 'organization'],
      ['Porto Seguros', 'organization'],
      ['Partido Novo', 'organization'],
      ['Frente Amplio', 'organization'],
    ]);
  });

  it("reads a town listed after another town and a place's preposition as a town, though it is a name too", () => {
    expect(names('Civilians in Djibo and Kaya were starving.')).toEqual([
      ['Djibo', 'place'],
      ['Kaya', 'place'],
    ]);
    expect(names('He spoke to Ahmed and Kaya.')).toEqual([
      ['Ahmed', 'person'],
      ['Kaya', 'person'],
    ]);
  });

  it('reads a body its head word names, with a remit of two parts joined by "and", as one name', () => {
    expect(names('He was secretary of the National Security and Defense Council. The Oil and Gas Regulatory Authority acted.')).toEqual([
      ['National Security and Defense Council', 'organization'],
      ['Oil and Gas Regulatory Authority', 'organization'],
    ]);
    expect(names('Pakistan and India Council met.')).toEqual([
      ['Pakistan', 'place'],
      ['India Council', 'organization'],
    ]);
  });

  it("reads a given name, a nickname in quotes and a surname as one person's name, named without the nickname", () => {
    const people = (text: string) => extract(text).map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(people("Gang leader Jimmy 'Barbecue' Cherizier said so. Cherizier denied it.")).toEqual([['Jimmy Cherizier', ["Jimmy 'Barbecue' Cherizier", 'Cherizier']]]);
    expect(people('Joaquín “El Chapo” Guzmán was jailed.')).toEqual([['Joaquín Guzmán', ['Joaquín “El Chapo” Guzmán']]]);
    expect(people('Legend Roberto " Hands of Stone " Duran climbs in.')).toEqual([['Roberto Duran', ['Roberto " Hands of Stone " Duran']]]);
  });

  it("reads a division named like a person as the person where a person's verb follows it, and its bare mentions with it", () => {
    const text = 'Kerry arrived in Geneva on Monday. Kerry said the talks were useful. Officials in Kerry said the roads were closed. Washington said no.';
    expect(extract(text).map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['Kerry', 'person', 2],
      ['Geneva', 'place', 1],
      ['Kerry', 'place', 1],
      ['Washington, D.C.', 'place', 1],
    ]);
  });

  it('ends a name before a weekday written right after it', () => {
    expect(names('Albright will meet Foreign Minister Jose Miguel Insulza Monday, and met John Smith Tuesday.')).toEqual([
      ['Madeleine Albright', 'person'],
      ['Jose Miguel Insulza', 'person'],
      ['John Smith', 'person'],
    ]);
  });

  it("reads two listed clubs as sports reporting, a sponsor's name after 'at the' there as the ground, and a club opening a sentence before its verb", () => {
    const text = 'Arsenal moved top with a 2-0 win over West Ham United at the Emirates on Saturday. Newcastle are next.';
    expect(names(text)).toEqual([
      ['Arsenal', 'organization'],
      ['West Ham United', 'organization'],
      ['Emirates', 'place'],
      ['Newcastle', 'organization'],
    ]);
    expect(names('He flew with Emirates to Dubai at the Emirates hub.')).toEqual([
      ['Emirates Airline', 'organization'],
      ['Dubai', 'place'],
    ]);
  });

  it("reads a lone given name after a launch's verb as a product, not a person", () => {
    expect(names('Google DeepMind unveiled Gemini, the firm launched Claude, and he introduced Maria to the team.')).toEqual([
      ['DeepMind', 'organization'],
      ['Maria', 'person'],
    ]);
  });

  it("keeps a rank's class out of the name after it", () => {
    expect(names('Petty Officer 2nd Class John Smith said so, and Airman First Class Jane Doe agreed.')).toEqual([
      ['John Smith', 'person'],
      ['Jane Doe', 'person'],
    ]);
  });

  it("reads Radio as a body's first word, and a wire service's Newsroom and Desk as its bureaus", () => {
    expect(names('Radio Red quoted police, the New York Energy Desk said. -- Bucharest Newsroom +40 1 3120264')).toEqual([
      ['Radio Red', 'organization'],
      ['New York Energy Desk', 'organization'],
      ['Bucharest Newsroom', 'organization'],
    ]);
  });

  it('reads what is based somewhere, named right after, as a body, and a firm by its first word after its full name', () => {
    const text = 'Magna International Inc bought a rival. Toronto-based Magna was up 1/8. Pakistan Petroleum Ltd rose while Pakistan fell. The US-based Ahmed Khan spoke.';
    expect(extract(text).map((e) => [e.name, e.type, e.mentions.map((m) => m.text)])).toEqual([
      ['Magna International Inc', 'organization', ['Magna International Inc', 'Magna']],
      ['Toronto', 'place', ['Toronto']],
      ['Pakistan Petroleum Ltd', 'organization', ['Pakistan Petroleum Ltd']],
      ['Pakistan', 'place', ['Pakistan']],
      ['United States', 'place', ['US']],
      ['Ahmed Khan', 'person', ['Ahmed Khan']],
    ]);
  });

  it("ends a listed name before a word that opens a title with the next ('U.S. Treasury Secretary')", () => {
    expect(names('U.S. Treasury Secretary Scott Bessent spoke after the U.S. Treasury said so.')).toEqual([
      ['United States', 'place'],
      ['Scott Bessent', 'person'],
      ['Department of the Treasury', 'organization'],
    ]);
  });

  it("reads State after a place's name as the place's last word, and Head of State as a title", () => {
    expect(names('Gunmen struck in Borno State, the Head of State said, as the Islamic State claimed it.')).toEqual([
      ['Borno State', 'place'],
      ['Islamic State', 'organization'],
    ]);
  });

  it("splits a person and the body after 'of' when a common word opens the sentence, and keeps a dotted legal form's full stop", () => {
    expect(names('Economist Joel Naroff of First Union bank said shares of packaging company Cofinec S.A. plunged.')).toEqual([
      ['Joel Naroff', 'person'],
      ['First Union', 'organization'],
      ['Cofinec S.A.', 'organization'],
    ]);
  });

  it('reads a name of two words with its country alone in parentheses after it as a person, over a place head word', () => {
    expect(names('6. Gunhild Halle ( Norway ) 15:09.00 7. Darryn Hill ( Australia ) 15:10.00 and Kia Motors ( South Korea ) rose.')).toEqual([
      ['Gunhild Halle', 'person'],
      ['Norway', 'place'],
      ['Darryn Hill', 'person'],
      ['Australia', 'place'],
      ['Kia', 'organization'],
      ['South Korea', 'place'],
    ]);
  });

  it("reads a cricket scorecard's players as people, whatever a list makes of their names", () => {
    const text = 'CRICKET - SCORES .\nS. Law c Tillekeratne b Dharmasena 13 G. Thorpe lbw b Ata-ur-Rehman 21\nBowling : Vass 7-0-29-0 , de Silva 4-0-25-0\nDid not bat : Vaas , Healy .';
    expect(extract(text).flatMap((e) => e.mentions.map((m) => [m.text, e.type]))).toEqual([
      ['S. Law', 'person'],
      ['Tillekeratne', 'person'],
      ['Dharmasena', 'person'],
      ['G. Thorpe', 'person'],
      ['Ata-ur-Rehman', 'person'],
      ['Vass', 'person'],
      ['Vaas', 'person'],
      ['de Silva', 'person'],
      ['Healy', 'person'],
    ]);
  });

  it("reads a name after a body's people and 'of' as the body, unless a place's noun or a town says place", () => {
    expect(names('The governor met officials of Nahdlatul Ulama, then leaders of Kuriga village.')).toEqual([
      ['Nahdlatul Ulama', 'organization'],
      ['Kuriga', 'place'],
    ]);
  });
});
