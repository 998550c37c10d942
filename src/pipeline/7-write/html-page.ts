// The fixed parts of the HTML page: its one <style>, its one <script>, and the Content-Security-Policy
// that allows those two and nothing else. Articles and names never reach these texts (see html.ts).
import { createHash } from 'node:crypto';
import { mapDefinitions } from './html-map.js';

// Colours of the built-in types (displaCy's entity view has one per label), then a palette that a
// user list's label is hashed into, so `weapon` has the same colour in every page.
const TYPE_COLOURS: Record<string, string> = { person: '#aa9cfc', organization: '#7aecec', place: '#feca74', acronym: '#e4e7d2' };
const PALETTE = ['#bfe1d9', '#f0a8b6', '#c7e08b', '#9cc9cc', '#ffeb80', '#ff9561', '#ddd2f5', '#b8d8f8'];

/** The colour class of a type: k0–k3 the built-in types, k4–k11 the palette (FNV-1a of the label). */
export function colourClassOf(type: string): string {
  const builtIn = Object.keys(TYPE_COLOURS).indexOf(type);
  if (builtIn >= 0) return `k${builtIn}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < type.length; i++) hash = Math.imul(hash ^ type.charCodeAt(i), 0x01000193) >>> 0;
  return `k${4 + (hash % PALETTE.length)}`;
}

const colourRules = [...Object.values(TYPE_COLOURS), ...PALETTE].map((colour, i) => `.k${i}{--c:${colour}}`).join('');

// Mentions are coloured through classes, never style="" attributes, so the policy needs no
// 'unsafe-inline'. The type label is drawn by ::after from data-type: a mark's text is the mention
// itself, and copying the article copies no labels.
export const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--panel:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;display:flex;flex-direction:column;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
#index{order:-1;padding:20px 32px;border-bottom:1px solid var(--line);background:var(--panel)}
h1{font-size:22px;margin:0 0 12px}
h2{font-size:17px;margin:0;word-break:break-all}
table{border-collapse:collapse;font-size:13px}
th,td{text-align:left;padding:3px 10px 3px 0;border-bottom:1px solid var(--line);vertical-align:top}
th{color:var(--muted);font-weight:600}
td.n,th.n{text-align:right}
.tally label{display:inline-flex;gap:6px;align-items:center;cursor:pointer}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--c)}
#index ol{margin:8px 0 0;padding-left:24px;columns:2 420px;font-size:13px}
#index a{color:#0969da}
.doc{padding:24px 32px;border-bottom:1px solid var(--line)}
.doc>header{display:flex;gap:16px;align-items:baseline;flex-wrap:wrap;margin-bottom:12px}
.meta,.up{color:var(--muted);font-size:13px}
.cols{display:flex;gap:32px;align-items:flex-start}
.text{flex:1 1 auto;min-width:0;white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.1;font-size:15.5px;max-width:80ch}
aside{flex:0 0 380px;position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
@media (max-width:900px){.cols{flex-direction:column}aside{position:static;max-height:none;flex-basis:auto;width:100%}}
mark{background:var(--c);padding:2px 4px;border-radius:4px;color:inherit;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark::after{content:attr(data-type);font-size:9.5px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-left:5px;vertical-align:1px;opacity:.65}
mark.sel,tr.sel td{outline:2px solid #cf222e;outline-offset:0}
mark.off{background:none;padding:0;cursor:auto}
mark.off::after{content:none}
tr.off{opacity:.35}
tbody tr[data-entity]{cursor:pointer}
tbody tr[data-entity]:hover{background:#eef1f4}
.tag{background:var(--c);border-radius:3px;padding:0 5px;font-size:11px;white-space:nowrap}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.map{display:block;width:100%;height:auto;margin:0 0 12px;background:#eaf2fa;border:1px solid var(--line);border-radius:6px}
.land{fill:#d5dbe1;stroke:#fff;stroke-width:.25}
.dot{fill:#d9480f;fill-opacity:.8;stroke:#fff;stroke-width:.35;cursor:pointer}
.dot.sel{stroke:#cf222e;stroke-width:1}
.dot.off{display:none}
${colourRules}
`;

// Clicking an entity (its row or a mention) outlines all its mentions in that article; a type's
// checkbox hides or shows its marks and rows everywhere. Events are delegated from the document:
// no handler attributes, which the policy would refuse anyway.
export const SCRIPT = `
(function(){
  // Says the policy let the script run (its hash is right): a browser test reads it from the DOM.
  document.documentElement.setAttribute('data-script','ran');
  function mentionsOf(article,key){return article.querySelectorAll('[data-entity="'+key+'"]');}
  document.addEventListener('click',function(event){
    var target=event.target.closest('[data-entity]');
    var article=target&&target.closest('article');
    if(!article)return;
    var key=target.getAttribute('data-entity');
    var wasSelected=target.classList.contains('sel');
    article.querySelectorAll('.sel').forEach(function(el){el.classList.remove('sel');});
    if(!wasSelected)mentionsOf(article,key).forEach(function(el){el.classList.add('sel');});
  });
  document.addEventListener('change',function(event){
    var box=event.target;
    if(!box.matches('input[data-type]'))return;
    var selector='[data-type="'+CSS.escape(box.getAttribute('data-type'))+'"]';
    document.querySelectorAll('mark'+selector+',tr'+selector+',circle'+selector).forEach(function(el){el.classList.toggle('off',!box.checked);});
  });
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Nothing may load or run but the page's own style and script, matched by their hashes (CSP Level 2). */
export const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src ${sha256(SCRIPT)}; style-src ${sha256(STYLE)}; base-uri 'none'; form-action 'none'`;

/** From the policy (first in <head>, so it rules everything after it) to the opening of <body>. */
export function pageHead(title: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">\n` +
    '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${mapDefinitions()}`
  );
}

export function pageFoot(): string {
  return `<script>${SCRIPT}</script>\n</body>\n</html>\n`;
}
