// The side panel: properties of the selected node or edge and every quote behind its facts.
import { inYearRange, type YearRange } from '../elements.ts';
import { edgeLabel, t } from '../i18n.ts';
import type { EntityDetails, EntityType, Evidence, Fact } from '../types.ts';
import { clear, h } from './dom.ts';
import { badge } from './search.ts';

export interface EvidenceActions {
  openQuote(ev: Evidence): void;
  expand(id: string): void;
  hide(id: string): void;
  remove(id: string): void;
  spread(name: string): void;
  addCompare(name: string): void;
  pathEnd(end: 'from' | 'to', id: string, name: string): void;
}

export class EvidencePanel {
  private range: YearRange = { from: null, to: null };
  private last: EntityDetails | null = null;

  constructor(
    readonly element: HTMLElement,
    private readonly actions: EvidenceActions,
  ) {
    this.placeholder();
  }

  /** The year filter applies to the facts listed too; the shown entity is redrawn. */
  setRange(range: YearRange): void {
    this.range = range;
    if (this.last) this.showEntity(this.last);
  }

  placeholder(text = t('selectSomething')): void {
    this.last = null;
    clear(this.element);
    this.element.append(h('p', { class: 'placeholder', text }));
  }

  private quotes(evidence: Evidence[]): HTMLElement {
    const ul = h('ul', { class: 'quotes' });
    for (const ev of evidence) {
      const btn = h(
        'button',
        {
          type: 'button',
          class: 'quote',
          title: t('openReport'),
          'data-report': ev.report.id,
          'data-year': ev.report.year,
        },
        h('q', { text: ev.quote }),
        h('span', { class: 'source', text: t('quoteFrom', { title: ev.report.name, year: ev.report.year }) }),
      );
      btn.addEventListener('click', () => this.actions.openQuote(ev));
      ul.append(h('li', {}, btn));
    }
    return ul;
  }

  private factList(facts: Fact[]): HTMLElement {
    if (facts.length === 0) return h('p', { class: 'muted', text: t('noFacts') });
    const ol = h('ol', { class: 'facts' });
    for (const f of facts) {
      ol.append(
        h(
          'li',
          { class: 'fact' },
          h(
            'div',
            { class: 'fact-label' },
            f.year != null ? h('span', { class: 'year', text: String(f.year) }) : null,
            f.label,
          ),
          this.quotes(f.evidence),
        ),
      );
    }
    return ol;
  }

  private button(label: string, onClick: () => void, cls = ''): HTMLButtonElement {
    const b = h('button', { type: 'button', class: `small ${cls}`, text: label });
    b.addEventListener('click', onClick);
    return b;
  }

  showEntity(d: EntityDetails): void {
    clear(this.element);
    this.last = d;
    const { id, type, name } = d.entity;
    const a = this.actions;
    const buttons = h(
      'div',
      { class: 'actions' },
      this.button(t('expand'), () => a.expand(id)),
      this.button(t('hide'), () => a.hide(id)),
      this.button(t('remove'), () => a.remove(id)),
      type === 'REFORM' ? this.button(t('openSpread'), () => a.spread(name), 'primary') : null,
      type === 'JURISDICTION' ? this.button(t('addToCompare'), () => a.addCompare(name)) : null,
      this.button(t('pathFrom'), () => a.pathEnd('from', id, name)),
      this.button(t('pathTo'), () => a.pathEnd('to', id, name)),
    );
    const props = h('dl', { class: 'props' });
    for (const [k, v] of d.properties) props.append(h('dt', { text: k }), h('dd', { text: v }));
    this.element.append(
      h('header', { class: 'panel-head' }, badge(type as EntityType), h('h2', { text: name })),
      buttons,
      h('h3', { text: t('properties') }),
      props,
      h('h3', { text: t('facts') }),
      this.factList(d.facts.filter((f) => inYearRange(f.year, this.range))),
    );
  }

  showEdge(data: Record<string, unknown>, sourceName: string, targetName: string): void {
    this.last = null;
    clear(this.element);
    const type = String(data.type);
    const evidence = Array.isArray(data.evidence) ? (data.evidence as Evidence[]) : [];
    const props = h('dl', { class: 'props' });
    props.append(
      h('dt', { text: t('prop.source') }),
      h('dd', { text: sourceName }),
      h('dt', { text: t('prop.target') }),
      h('dd', { text: targetName }),
    );
    if (typeof data.year === 'number')
      props.append(h('dt', { text: t('prop.year') }), h('dd', { text: String(data.year) }));
    this.element.append(
      h('header', { class: 'panel-head' }, h('h2', { text: t('edgeTitle', { type: edgeLabel(type) }) })),
      h('p', { class: 'edge-line', text: `${sourceName} → ${edgeLabel(type)} → ${targetName}` }),
      h('h3', { text: t('properties') }),
      props,
      h('h3', { text: t('evidence') }),
      evidence.length ? this.quotes(evidence) : h('p', { class: 'muted', text: t('noFacts') }),
    );
  }
}
