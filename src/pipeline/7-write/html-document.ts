// One article as an HTML section: its whole text with each mention in a <mark> of its type's colour
// (displaCy's entity view), and its entity table beside it. All text goes through escapeHtml.
import type { DocumentResult, Entity, EntityMention } from '../../types.js';
import { placeMap } from './html-map.js';
import { colourClassOf } from './html-page.js';
import { compareText } from './summary.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or a quoted attribute value: `<script>` in an article stays words on the page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The fragment id of the nth input (1 first): inputs are numbered, paths may repeat. */
export function anchorOf(ordinal: number): string {
  return `doc-${ordinal + 1}`;
}

interface Placed {
  mention: EntityMention;
  entity: Entity;
  key: number;
}

export function formatHtmlDocument(result: DocumentResult, text: string, ordinal: number): string {
  const mentions = result.entities.reduce((sum, e) => sum + e.count, 0);
  return (
    `<article class="doc" id="${anchorOf(ordinal)}">\n<header><h2>${escapeHtml(result.path)}</h2>` +
    `<span class="meta">${result.entities.length} entities, ${mentions} mentions</span><a class="up" href="#index">index</a></header>\n` +
    `<div class="cols"><div class="text">${markText(result, text)}</div>\n<aside>${placeMap(result)}${entityTable(result)}</aside></div>\n</article>\n`
  );
}

/** The text cut at each mention, in text order; a mention overlapping the one before is left plain. */
function markText(result: DocumentResult, text: string): string {
  const placed: Placed[] = result.entities.flatMap((entity, key) => entity.mentions.map((mention) => ({ mention, entity, key })));
  placed.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  let html = '';
  let at = 0;
  for (const { mention, entity, key } of placed) {
    if (mention.start < at) continue;
    html += escapeHtml(text.slice(at, mention.start)) + markOf(text.slice(mention.start, mention.end), entity, key, mention.evidence);
    at = mention.end;
  }
  return html + escapeHtml(text.slice(at));
}

/** `evidence` (--explain) goes in the hover too, on a line of its own. */
function markOf(written: string, entity: Entity, key: number, evidence: string | undefined): string {
  const hover = hoverOf(written, entity);
  const title = evidence === undefined ? hover : hover ? `${hover}\n${evidence}` : evidence;
  const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
  return `<mark class="${colourClassOf(entity.type)}" data-entity="${key}" data-type="${escapeHtml(entity.type)}"${titleAttribute}>${escapeHtml(written)}</mark>`;
}

/** What a mention stands for, where the text does not say it: "ISI → Inter-Services Intelligence". */
function hoverOf(written: string, entity: Entity): string | undefined {
  if (written !== entity.name) return `${written} → ${entity.name}`;
  return entity.acronym ? `${entity.name} (${entity.acronym})` : undefined;
}

function entityTable(result: DocumentResult): string {
  if (result.entities.length === 0) return '<p class="meta">No entities.</p>';
  const rows = result.entities
    .map((entity, key) => ({ entity, key }))
    .sort((a, b) => b.entity.count - a.entity.count || compareText(a.entity.name.toLowerCase(), b.entity.name.toLowerCase()))
    .map(({ entity, key }) => {
      const type = escapeHtml(entity.type);
      return (
        `<tr data-entity="${key}" data-type="${type}"><td>${escapeHtml(entity.name)}</td>` +
        `<td><span class="tag ${colourClassOf(entity.type)}">${type}</span></td><td>${escapeHtml(entity.acronym ?? '')}</td><td class="n">${entity.count}</td></tr>`
      );
    });
  return `<table class="ents"><thead><tr><th>name</th><th>type</th><th>acronym</th><th class="n">count</th></tr></thead>\n<tbody>${rows.join('\n')}</tbody></table>`;
}
