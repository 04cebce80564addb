// Compare view: two or more jurisdictions → reforms they share and reforms only one has.
import { compare } from '../api.ts';
import { t } from '../i18n.ts';
import type { Comparison, ReformYears } from '../types.ts';
import { clear, h } from './dom.ts';
import { createSearch, type SearchBox } from './search.ts';

export class CompareView {
  readonly element: HTMLElement;
  private names: string[] = [];
  private result: Comparison | null = null;
  private error: string | null = null;
  private search: SearchBox;
  private body: HTMLElement;

  constructor(
    private readonly onChange: (names: string[]) => void,
    private readonly onPickReform: (name: string) => void,
  ) {
    this.search = createSearch(
      (e) => {
        this.add(e.name);
        this.search.input.value = '';
      },
      { types: ['JURISDICTION'], id: 'compare-search' },
    );
    this.body = h('div', { class: 'compare-body' });
    this.element = h('section', { class: 'view compare-view', hidden: true }, this.body);
  }

  setNames(names: string[]): void {
    this.names = [...new Set(names)];
    this.result = null;
    this.render();
    if (this.names.length >= 2) void this.run();
  }

  add(name: string): void {
    if (this.names.includes(name)) return;
    this.setNames([...this.names, name]);
    this.onChange(this.names);
  }

  private async run(): Promise<void> {
    try {
      this.result = await compare(this.names);
      this.error = null;
    } catch (err) {
      this.result = null;
      this.error = err instanceof Error ? err.message : String(err);
    }
    this.render();
  }

  private reformList(items: ReformYears[]): HTMLElement {
    if (!items.length) return h('p', { class: 'muted', text: t('none') });
    const ul = h('ul', { class: 'reform-list' });
    for (const r of items) {
      const b = h('button', { type: 'button', class: 'link', text: r.reform.name });
      b.addEventListener('click', () => this.onPickReform(r.reform.name));
      ul.append(h('li', {}, b, h('span', { class: 'muted', text: ` ${r.years.join('、')}` })));
    }
    return ul;
  }

  render(): void {
    this.search.relabel();
    this.search.input.placeholder = t('type.JURISDICTION');
    clear(this.body);
    const chips = h('div', { class: 'chips' });
    for (const n of this.names) {
      const x = h('button', { type: 'button', class: 'chip-x', title: t('removeItem'), text: '✕' });
      x.addEventListener('click', () => {
        this.setNames(this.names.filter((m) => m !== n));
        this.onChange(this.names);
      });
      chips.append(h('span', { class: 'chip' }, n, x));
    }
    this.body.append(
      h('h2', { text: t('compareTitle') }),
      h('div', { class: 'compare-pick' }, chips, this.search.element),
    );
    if (this.error) this.body.append(h('p', { class: 'error', text: t('error', { detail: this.error }) }));
    if (this.names.length < 2 || !this.result) {
      this.body.append(h('p', { class: 'placeholder', text: t('comparePick') }));
      return;
    }
    const r = this.result;
    const cols = h('div', { class: 'compare-cols' });
    cols.append(
      h('div', { class: 'compare-col shared' }, h('h3', { text: t('shared') }), this.reformList(r.shared)),
    );
    for (const u of r.unique)
      cols.append(
        h(
          'div',
          { class: 'compare-col' },
          h('h3', { text: t('unique', { name: u.jurisdiction.name }) }),
          this.reformList(u.reforms),
        ),
      );
    this.body.append(cols);
  }
}
