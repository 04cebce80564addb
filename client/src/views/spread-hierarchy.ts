// The spread view's province hierarchy, beside the timeline once the province's place tree has loaded.
import type { PlaceTree } from '../api.ts';
import { t } from '../i18n.ts';
import { yearColor, type SpreadModel } from '../spread-model.ts';
import { h } from './dom.ts';

/** The province's places (as far as the graph knows them), coloured by first-adoption year. */
export function spreadHierarchy(
  tree: PlaceTree,
  model: SpreadModel,
  visible: (year: number) => boolean,
): HTMLElement {
  const first = new Map(
    model.order.filter((r) => visible(r.firstYear)).map((r) => [r.jurisdiction.id, r.firstYear]),
  );
  const min = model.years[0] ?? 0;
  const max = model.years[model.years.length - 1] ?? 0;
  const chip = (p: PlaceTree): HTMLElement => {
    const year = first.get(p.id);
    return h(
      'span',
      {
        class: `place${year ? ' adopted' : ''}`,
        style: year ? `background:${yearColor(year, min, max)}` : '',
        title: year ? `${p.name} ${year}` : p.name,
      },
      p.name,
      year ? h('small', { text: ` ${year}` }) : null,
    );
  };
  const cities = h('ul', { class: 'tree' });
  for (const c of tree.children ?? []) {
    cities.append(
      h('li', {}, chip(c), h('div', { class: 'tree-children' }, ...(c.children ?? []).map(chip))),
    );
  }
  const scale = h(
    'span',
    { class: 'scale' },
    ...model.years.map((y) => h('i', { style: `background:${yearColor(y, min, max)}`, text: String(y) })),
  );
  return h(
    'section',
    { class: 'hierarchy' },
    h('h3', {}, t('hierarchyTitle', { name: tree.name }), scale),
    h('div', { class: 'tree-root' }, chip(tree)),
    cities,
  );
}
