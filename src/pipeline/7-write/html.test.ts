import { describe, expect, it } from 'vitest';
import type { DocumentResult, Entity } from '../../types.js';
import { CONTENT_SECURITY_POLICY, SCRIPT, STYLE } from './html-page.js';
import { escapeHtml } from './html-document.js';
import { writeAll } from './writer.js';
import { createHash } from 'node:crypto';

/** An entity whose mentions are found in `text` by their spelling, in order. */
function entity(text: string, name: string, type: string, spellings: string[], acronym?: string): Entity {
  let from = 0;
  const mentions = spellings.map((spelling) => {
    const start = text.indexOf(spelling, from);
    if (start < 0) throw new Error(`no "${spelling}" in the text`);
    from = start + spelling.length;
    return { text: spelling, start, end: start + spelling.length };
  });
  return { name, type, count: mentions.length, mentions, ...(acronym ? { acronym } : {}) };
}

const ARTICLE = 'The Inter-Services Intelligence (ISI) met in Islamabad.\nLater the ISI said "no" & left <quietly>.\n';
const RESULT: DocumentResult = {
  path: 'seeds/a.txt',
  entities: [
    entity(ARTICLE, 'Inter-Services Intelligence', 'organization', ['Inter-Services Intelligence', 'ISI', 'ISI'], 'ISI'),
    entity(ARTICLE, 'Islamabad', 'place', ['Islamabad']),
  ],
};
const HOSTILE = `<script>alert(1)</script> <img src=x onerror=alert(1)> </style> Kabul & "quotes" 'too'`;
const HOSTILE_RESULT: DocumentResult = {
  path: 'evil/<b>"name".txt',
  entities: [entity(HOSTILE, '<script>Kabul', 'weapon<x>', ['Kabul'])],
};

const page = (results: DocumentResult[], texts: string[]) => writeAll('html', results, {}, texts);

/** The marks of a page: their attributes and the text inside, unescaped. */
function marksOf(html: string): { entity: string; type: string; title?: string; text: string }[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<mark class="k\d+" data-entity="(\d+)" data-type="([^"]*)"(?: title="([^"]*)")?>([^<]*)<\/mark>/g)].map((m) => ({
    entity: m[1]!,
    type: unescape(m[2]!),
    ...(m[3] !== undefined ? { title: unescape(m[3]) } : {}),
    text: unescape(m[4]!),
  }));
}

describe('html writer', () => {
  it('marks every mention once, in text order, the text inside each mark being the mention', async () => {
    const html = await page([RESULT], [ARTICLE]);
    const expected = RESULT.entities.flatMap((e, key) => e.mentions.map((m) => ({ key: String(key), type: e.type, start: m.start, text: ARTICLE.slice(m.start, m.end) }))).sort((a, b) => a.start - b.start);
    expect(marksOf(html).map(({ entity, type, text }) => ({ entity, type, text }))).toEqual(expected.map(({ key, type, text }) => ({ entity: key, type, text })));
  });

  it('keeps the whole text, line breaks included, between the marks', async () => {
    const html = await page([RESULT], [ARTICLE]);
    const body = /<div class="text">([\s\S]*?)<\/div>/.exec(html)![1]!;
    const text = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(text).toBe(ARTICLE);
  });

  it('shows a short form\'s long form on hover', async () => {
    const titles = marksOf(await page([RESULT], [ARTICLE])).map((m) => m.title);
    expect(titles).toContain('ISI → Inter-Services Intelligence');
    expect(titles).toContain('Inter-Services Intelligence (ISI)');
  });

  it('escapes hostile article text, paths, names and labels: no tag of theirs survives', async () => {
    const html = await page([HOSTILE_RESULT], [HOSTILE]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/style&gt;');
    expect(html).toContain('evil/&lt;b&gt;&quot;name&quot;.txt');
    expect(html).toContain('&lt;script&gt;Kabul');
    expect(html).not.toMatch(/<img|<b>|<x>|onerror=alert\(1\)>/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(marksOf(html)).toEqual([{ entity: '0', type: 'weapon<x>', title: 'Kabul → <script>Kabul', text: 'Kabul' }]);
  });

  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('opens <head> with a Content-Security-Policy that allows only its own style and script, by hash', async () => {
    const html = await page([RESULT], [ARTICLE]);
    const head = /<head>\n(<[^>]+>)/.exec(html)![1]!;
    expect(head).toBe(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    const hash = (text: string) => createHash('sha256').update(text).digest('base64');
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; /);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'sha256-${hash(SCRIPT)}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'sha256-${hash(STYLE)}'`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(html).toContain(`<style>${STYLE}</style>`);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html).not.toMatch(/ style=|<link|https?:\/\//);
  });

  it('ends with an index: a link to each article by its anchor, and the counts per type', async () => {
    const html = await page([RESULT, HOSTILE_RESULT, RESULT], [ARTICLE, HOSTILE, ARTICLE]);
    const ids = [...html.matchAll(/<article class="doc" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['doc-1', 'doc-2', 'doc-3']);
    const index = html.slice(html.indexOf('<nav id="index">'));
    expect([...index.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['doc-1', 'seeds/a.txt'],
      ['doc-2', 'evil/&lt;b&gt;&quot;name&quot;.txt'],
      ['doc-3', 'seeds/a.txt'],
    ]);
    expect(index).toContain('3 documents, 5 entities, 9 mentions');
    expect(index).toMatch(/data-type="organization">.*?<\/label><\/td><td class="n">2<\/td><td class="n">2<\/td><td class="n">6<\/td>/);
    expect(index).toMatch(/data-type="weapon&lt;x&gt;">/);
  });

  it('writes a page for no documents at all', async () => {
    const html = await page([], []);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('0 documents, 0 entities, 0 mentions');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});
