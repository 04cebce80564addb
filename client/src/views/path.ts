// Path view: pick two entities, show the shortest connection on the canvas.
import { shortestPath } from '../api.ts';
import { t } from '../i18n.ts';
import type { EntityRef, GraphSlice } from '../types.ts';
import { clear, h } from './dom.ts';
import { createSearch, type SearchBox } from './search.ts';

export interface PathEnds {
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
}

const MAX_LENGTH = 6;

export class PathView {
  readonly element: HTMLElement;
  private fromBox: SearchBox;
  private toBox: SearchBox;
  private ends: PathEnds = { from: null, to: null };
  private status: HTMLElement;
  private button: HTMLButtonElement;
  private labels: HTMLElement[] = [];

  constructor(
    private readonly onFound: (slice: GraphSlice) => Promise<void>,
    private readonly onEnds: (ends: PathEnds) => void,
  ) {
    this.fromBox = createSearch((e: EntityRef) => this.set('from', e), { id: 'path-from' });
    this.toBox = createSearch((e: EntityRef) => this.set('to', e), { id: 'path-to' });
    this.button = h('button', { type: 'button', class: 'primary', 'data-action': 'find-path' });
    this.button.addEventListener('click', () => void this.find());
    this.status = h('p', { class: 'path-status' });
    const l1 = h('label', {});
    const l2 = h('label', {});
    this.labels = [l1, l2];
    this.element = h(
      'section',
      { class: 'view path-view', hidden: true },
      h('div', { class: 'path-form' }, l1, this.fromBox.element, l2, this.toBox.element, this.button),
      this.status,
    );
    this.relabel();
  }

  relabel(): void {
    this.fromBox.relabel();
    this.toBox.relabel();
    this.labels[0]!.textContent = t('pathStart');
    this.labels[1]!.textContent = t('pathEnd');
    this.button.textContent = t('pathFind');
    if (!this.status.textContent) this.status.textContent = t('pathPick');
  }

  set(end: 'from' | 'to', e: { id: string; name: string }): void {
    this.ends = { ...this.ends, [end]: { id: e.id, name: e.name } };
    (end === 'from' ? this.fromBox : this.toBox).input.value = e.name;
    this.onEnds(this.ends);
  }

  async find(): Promise<void> {
    const { from, to } = this.ends;
    if (!from || !to) {
      this.status.textContent = t('pathPick');
      return;
    }
    clear(this.status);
    this.status.textContent = t('loading');
    try {
      const slice = await shortestPath(from.id, to.id, MAX_LENGTH);
      if (!slice || slice.nodes.length === 0) {
        this.status.textContent = t('pathNone', { n: MAX_LENGTH });
        return;
      }
      await this.onFound(slice);
      this.status.textContent = t('pathFound', { n: slice.edges.length });
    } catch (err) {
      this.status.textContent = t('error', { detail: err instanceof Error ? err.message : String(err) });
    }
  }
}
