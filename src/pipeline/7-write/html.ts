// --format html: one self-contained page for the run, streamed: the head, then each article as it is
// done, then the index. The index comes last because its totals are known only at the end; the
// page's CSS shows it first (flex order). Of each article the writer keeps only its index entry
// (path, anchor, counts), a few dozen bytes, so a batch of 10,000 holds about as much as JSON does.
import type { DocumentResult } from '../../types.js';
import { ENTITY_TYPES } from '../../types.js';
import { anchorOf, escapeHtml, formatHtmlDocument } from './html-document.js';
import { colourClassOf, pageFoot, pageHead } from './html-page.js';
import { compareText } from './summary.js';
import type { DocumentSource, IndexEntry, Writer } from './writer.js';

// Above this many articles the list of links starts folded, so the page opens on the summary.
const MAX_OPEN_LINKS = 50;

interface Tally {
  documents: number;
  entities: number;
  mentions: number;
}

interface Listed {
  anchor: string;
  path: string;
  entities: number;
  mentions: number;
}

export function createHtmlWriter(): Writer {
  const listed: Listed[] = [];
  const tally = new Map<string, Tally>(ENTITY_TYPES.map((type) => [type, { documents: 0, entities: 0, mentions: 0 }]));
  return {
    open: () => pageHead('Entities'),
    document: (result, source) => formatHtmlDocument(result, source.text, source.ordinal),
    separator: '',
    close: () => formatIndex(listed, tally),
    digest: indexEntryOf,
    note: (entry) => {
      let entities = 0;
      let mentions = 0;
      for (const [type, typeEntities, typeMentions] of entry.types) {
        const total = tally.get(type) ?? { documents: 0, entities: 0, mentions: 0 };
        tally.set(type, { documents: total.documents + 1, entities: total.entities + typeEntities, mentions: total.mentions + typeMentions });
        entities += typeEntities;
        mentions += typeMentions;
      }
      listed.push({ anchor: entry.anchor, path: entry.path, entities, mentions });
    },
  };
}

/** What the index needs of a document, taken where it is formatted (maybe a worker thread). */
function indexEntryOf(result: DocumentResult, source: DocumentSource): IndexEntry {
  const types = new Map<string, [string, number, number]>();
  for (const entity of result.entities) {
    const counts = types.get(entity.type) ?? [entity.type, 0, 0];
    counts[1] += 1;
    counts[2] += entity.count;
    types.set(entity.type, counts);
  }
  return { anchor: anchorOf(source.ordinal), path: result.path, types: [...types.values()] };
}

function formatIndex(listed: readonly Listed[], tally: ReadonlyMap<string, Tally>): string {
  const totals = [...tally.values()].reduce((sum, t) => ({ entities: sum.entities + t.entities, mentions: sum.mentions + t.mentions }), { entities: 0, mentions: 0 });
  const links = listed.map((doc) => `<li><a href="#${doc.anchor}">${escapeHtml(doc.path)}</a> <span class="meta">${doc.entities} entities, ${doc.mentions} mentions</span></li>`);
  const isOpen = listed.length <= MAX_OPEN_LINKS ? ' open' : '';
  return (
    `<nav id="index">\n<h1>Entities</h1>\n<p class="meta">${plural(listed.length, 'document')}, ${totals.entities} entities, ${totals.mentions} mentions</p>\n` +
    `${tallyTable(tally)}\n<details${isOpen}><summary>${plural(listed.length, 'document')}</summary><ol>\n${links.join('\n')}\n</ol></details>\n</nav>\n` +
    pageFoot()
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Per type, built-in types first: a legend of the colours, a switch for each, and the counts. */
function tallyTable(tally: ReadonlyMap<string, Tally>): string {
  const types = [...ENTITY_TYPES, ...[...tally.keys()].filter((type) => !(ENTITY_TYPES as readonly string[]).includes(type)).sort(compareText)];
  const rows = types.map((type) => {
    const t = tally.get(type)!;
    const name = escapeHtml(type);
    return (
      `<tr><td><label><input type="checkbox" checked data-type="${name}"><span class="swatch ${colourClassOf(type)}"></span>${name}</label></td>` +
      `<td class="n">${t.documents}</td><td class="n">${t.entities}</td><td class="n">${t.mentions}</td></tr>`
    );
  });
  return `<table class="tally"><thead><tr><th>type (shown)</th><th class="n">documents</th><th class="n">entities</th><th class="n">mentions</th></tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>`;
}
