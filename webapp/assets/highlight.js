// The matched phrases of a score, highlighted in the draft's own text. Shared by the front
// page and the editor panel. Draft text is untrusted: it only ever becomes text nodes.
import { t } from './i18n.js';

const FIELDS = ['title', 'sapo', 'body'];
const FIELD_KEY = { title: 'fieldTitle', sapo: 'fieldSapo', body: 'fieldBody' };
let tips = 0;

export function signed(n) { return (n > 0 ? '+' : '') + n.toFixed(2); }

export function renderHighlights(container, result, draft) {
  container.replaceChildren();
  for (const field of FIELDS) {
    const source = draft[field] ?? '';
    if (!source.trim()) continue;
    const block = document.createElement('div');
    block.className = `field-view ${field}`;
    const heading = document.createElement('h4');
    heading.textContent = t(FIELD_KEY[field]);
    const text = document.createElement('p');
    text.className = 'source';
    // matches are UTF-16 offsets into the field as sent: slice the same string, never parse it as HTML
    const matches = result.matches.filter(m => m.field === field).sort((a, b) => a.start - b.start);
    let at = 0;
    for (const m of matches) {
      if (m.start < at) continue;
      text.append(document.createTextNode(source.slice(at, m.start)));
      const mark = document.createElement('mark');
      mark.className = `cat-${m.category}`;
      mark.tabIndex = 0;
      mark.textContent = source.slice(m.start, m.end);
      const description = document.createElement('span');
      description.id = `tip-${tips++}`;
      description.className = 'tip';
      description.setAttribute('role', 'tooltip');
      description.textContent = t('matchTip', { category: t(`cat_${m.category}`), contribution: signed(m.contribution) })
        + (m.rule ? ` — ${m.rule}` : '');
      mark.setAttribute('aria-describedby', description.id);
      mark.append(description);
      text.append(mark);
      at = m.end;
    }
    text.append(document.createTextNode(source.slice(at)));
    block.append(heading, text);
    container.append(block);
  }
}
