// The spread view's adopter list: each place in first-adoption order with every quote behind its
// events; a quote opens the report at the passage.
import { t } from '../i18n.ts';
import type { SpreadModel } from '../spread-model.ts';
import type { Evidence } from '../types.ts';
import { h } from './dom.ts';
import { MARK } from './spread-marks.ts';

type SpreadEvent = SpreadModel['order'][number]['events'][number];

/** One quote behind an event (● 2018 采用 “…” 来自…), opening the report at the passage when clicked. */
export function quoteButton(
  e: Pick<SpreadEvent, 'kind' | 'year'>,
  ev: Evidence,
  openQuote: (ev: Evidence) => void,
): HTMLElement {
  const q = h(
    'button',
    { type: 'button', class: 'quote' },
    h('span', {
      class: 'event',
      style: `color:${MARK[e.kind].color}`,
      text: `${MARK[e.kind].symbol} ${e.year} ${t(`event.${e.kind}`)}`,
    }),
    h('q', { text: ev.quote }),
    h('span', {
      class: 'source',
      text: t('quoteFrom', { title: ev.report.name, year: ev.report.year }),
    }),
  );
  q.addEventListener('click', () => openQuote(ev));
  return q;
}

export function spreadList(
  model: SpreadModel,
  visible: (year: number) => boolean,
  openQuote: (ev: Evidence) => void,
): HTMLElement {
  const ol = h('ol', { class: 'adopters' });
  for (const r of model.order) {
    if (!visible(r.firstYear)) continue;
    const li = h(
      'li',
      { class: 'adopter', 'data-id': r.jurisdiction.id },
      h(
        'div',
        { class: 'adopter-head' },
        h('span', { class: 'year', text: String(r.firstYear) }),
        h('strong', { class: 'adopter-name', text: r.jurisdiction.name }),
        r.jurisdiction.code ? h('span', { class: 'muted', text: r.jurisdiction.code }) : null,
      ),
    );
    for (const e of r.events) {
      if (!visible(e.year)) continue;
      for (const ev of e.evidence) li.append(quoteButton(e, ev, openQuote));
    }
    ol.append(li);
  }
  return h('aside', { class: 'adopters-wrap' }, h('h3', { text: t('adopters') }), ol);
}
