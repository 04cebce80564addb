// The search box: autocomplete as you type (prefix), full-text search as fallback, type badges.
import { ApiError, autocomplete, search } from '../api.ts';
import { t } from '../i18n.ts';
import type { EntityRef, EntityType } from '../types.ts';
import { clear, h } from './dom.ts';

export interface SearchBox {
  input: HTMLInputElement;
  element: HTMLElement;
  relabel(): void;
}

export function badge(type: EntityType): HTMLElement {
  return h('span', { class: `badge badge-${type.toLowerCase()}`, text: t(`type.${type}`) });
}

/** Dedupe while keeping order: autocomplete hits first, then full-text hits. */
function merged(a: EntityRef[], b: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

export function createSearch(
  onPick: (entity: EntityRef) => void,
  opts: { types?: EntityType[]; placeholder?: string; id?: string } = {},
): SearchBox {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    autocomplete: 'off',
    spellcheck: 'false',
    id: opts.id,
  });
  const list = h('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  const element = h('div', { class: 'search' }, input, list);
  let items: EntityRef[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const relabel = (): void => {
    input.placeholder = opts.placeholder ?? t('searchPlaceholder');
    input.setAttribute('aria-label', t('searchLabel'));
  };
  relabel();

  const message = (text: string, cls: string): void => {
    clear(list);
    list.append(h('li', { class: `message ${cls}`, text }));
    list.hidden = false;
  };

  const render = (): void => {
    clear(list);
    items.forEach((item, i) => {
      const li = h(
        'li',
        {
          role: 'option',
          class: i === active ? 'active' : '',
          'data-id': item.id,
          'aria-selected': i === active,
        },
        badge(item.type),
        h('span', { class: 'name', text: item.name }),
      );
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(i);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
  };

  const pick = (i: number): void => {
    const item = items[i];
    if (!item) return;
    list.hidden = true;
    input.value = item.name;
    onPick(item);
  };

  const run = async (q: string): Promise<void> => {
    const mine = ++seq;
    message(t('searching'), 'busy');
    try {
      let found = await autocomplete(q, opts.types, 10);
      // Prefix matching misses names where the words sit mid-string (…“双随机、一公开”…).
      if (found.length < 10) found = merged(found, await search(q, opts.types, 10));
      if (mine !== seq) return;
      items = found;
      active = items.length ? 0 : -1;
      if (items.length === 0) message(t('noMatch', { q }), 'empty');
      else render();
    } catch (err) {
      if (mine !== seq) return;
      items = [];
      const detail = err instanceof Error ? err.message : String(err);
      message(
        err instanceof ApiError && err.kind === 'down' ? t('apiDown', { detail }) : t('error', { detail }),
        'error',
      );
    }
  };

  input.addEventListener('input', () => {
    const q = input.value.trim();
    clearTimeout(timer);
    if (!q) {
      items = [];
      list.hidden = true;
      return;
    }
    // Stale suggestions must not be pickable while the new ones load.
    items = [];
    active = -1;
    seq++;
    message(t('searching'), 'busy');
    timer = setTimeout(() => void run(q), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!items.length) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0) pick(active);
      else if (input.value.trim()) void run(input.value.trim());
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 150));
  input.addEventListener('focus', () => {
    if (items.length) render();
  });
  return { input, element, relabel };
}
