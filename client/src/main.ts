// Wires the views together and keeps the URL in step with what is on screen.
import './style.css';
import { ApiError, entityDetails, fetchStats } from './api.ts';
import { toDetails } from './details.ts';
import { diffusionToSlice } from './elements.ts';
import { setLang, t } from './i18n.ts';
import { decodeState, encodeState, type Mode, type ViewState } from './state.ts';
import type { EntityRef, Evidence } from './types.ts';
import { clear, download, h } from './views/dom.ts';
import { CompareView } from './views/compare.ts';
import { EvidencePanel } from './views/evidence.ts';
import { GraphView } from './views/graph.ts';
import { LibraryMode } from './views/library-mode.ts';
import { IndicatorView } from './views/indicators.ts';
import { PathView } from './views/path.ts';
import { Reader } from './views/reader.ts';
import { createSearch } from './views/search.ts';
import { Sidebar } from './views/sidebar.ts';
import { SpreadView } from './views/spread.ts';
import type { MapView } from './views/map.ts';

let state: ViewState = decodeState(location.hash);
setLang(state.lang);

const root = document.getElementById('app')!;
const banner = h('div', { class: 'banner', hidden: true, role: 'status' });
const graphBox = h('div', { id: 'cy', class: 'cy' });
const graphMsg = h('div', { class: 'graph-msg' });
const moreBar = h('div', { class: 'more-bar', hidden: true });
const graphWrap = h('section', { class: 'view graph-view' }, graphBox, graphMsg, moreBar);
const panelEl = h('aside', { class: 'evidence', 'aria-live': 'polite' });
const reader = new Reader();
const header = h('header', { class: 'top' });
const center = h('div', { class: 'center' }, graphWrap);
const mainEl = h('main', { class: 'layout' }, center, panelEl);
// Cytoscape measures its container when created, so the page skeleton goes in first.
root.append(header, banner, mainEl, reader.element);

/** Write the state to the URL; `push` for navigations worth a Back step, replace for tweaks. */
function commit(patch: Partial<ViewState>, push = false): void {
  state = { ...state, ...patch };
  const hash = encodeState(state);
  const url = `${location.pathname}${location.search}${hash}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function showBanner(text: string, kind: 'error' | 'info'): void {
  banner.textContent = text;
  banner.className = `banner ${kind}`;
  banner.hidden = false;
}

function reportError(err: unknown): void {
  const detail = err instanceof Error ? err.message : String(err);
  showBanner(
    err instanceof ApiError && err.kind === 'down' ? t('apiDown', { detail }) : t('error', { detail }),
    'error',
  );
}

function updateGraphMsg(): void {
  const { nodes, edges } = graph.size;
  graphMsg.textContent = nodes ? t('nodesEdges', { n: nodes, e: edges }) : t('graphEmpty');
  graphMsg.classList.toggle('empty', nodes === 0);
}

const graph = new GraphView(graphBox, {
  onSelectNode: (id) => void selectNode(id, false),
  onSelectEdge: (data) => {
    const name = (id: unknown): string => String(graph.cy.getElementById(String(id)).data('label') ?? id);
    panel.showEdge(data, name(data.source), name(data.target));
  },
  onUnselect: () => panel.placeholder(),
  onChange: updateGraphMsg,
  onCapped: (id, name, shown) => {
    clear(moreBar);
    const btn = h('button', {
      type: 'button',
      class: 'small',
      'data-action': 'show-more',
      text: t('showMore', { name }),
    });
    btn.addEventListener('click', () => {
      moreBar.hidden = true;
      graph.expand(id).catch(reportError);
    });
    moreBar.append(h('span', { text: t('capped', { n: shown }) }), btn);
    moreBar.hidden = false;
  },
});

// For benchmarks and tests: draw any slice through the app's own path (merge, filters, layout).
window.explorer = { showSlice: (slice) => graph.show(slice) };

const openQuote = (ev: Evidence): void => void reader.open(ev.report.id, ev.start, ev.end, ev.quote);

const panel = new EvidencePanel(panelEl, {
  openQuote,
  expand: (id) => graph.expand(id).catch(reportError),
  hide: (id) => graph.hide(id),
  remove: (id) => {
    graph.remove(id);
    panel.placeholder();
  },
  spread: (name) => void openSpread(name),
  addCompare: (name) => {
    compareView.add(name);
    setMode('compare');
  },
  pathEnd: (end, id, name) => {
    pathView.set(end, { id, name });
    setMode('path');
  },
});

const spread = new SpreadView({
  openQuote,
  showInGraph: (d) => {
    setMode('graph');
    void graph.show(diffusionToSlice(d));
  },
});

const compareView = new CompareView(
  (names) => commit({ compare: names }),
  (name) => void openSpread(name),
);

const indicatorView = new IndicatorView(openQuote, (s) =>
  commit({ indicatorPlaces: s.places, indicator: s.indicator }),
);

const pathView = new PathView(
  (slice) => graph.show(slice, 'path', 'hierarchical'),
  (ends) => commit({ pathFrom: ends.from?.id ?? null, pathTo: ends.to?.id ?? null }),
);

const sidebar = new Sidebar(state, {
  onFilters: (kinds, yearFrom, yearTo) => {
    commit({ kinds, yearFrom, yearTo });
    applyFilters();
  },
  onLayout: (name) => {
    commit({ layout: name });
    graph.setLayout(name);
    void graph.layout();
  },
  fit: () => graph.fit(),
  zoom: (f) => graph.zoom(f),
  relayout: () => void graph.layout(),
  unhide: () => graph.unhideAll(),
  clear: () => {
    graph.clear();
    moreBar.hidden = true;
    panel.placeholder();
    commit({ id: null }, true);
  },
  exportPng: () => download('reformgraph.png', graph.png()),
  exportJson: () => download('reformgraph-elements.json', graph.json(), 'application/json'),
});

// The library (报告库): reports, one report with its highlights, corrections, deletion, upload.
const library = new LibraryMode({
  enter: () => setMode('library'),
  showInGraph: (id) => {
    setMode('graph');
    void selectNode(id, true);
  },
  notify: (message) => showBanner(message, 'info'),
  error: reportError,
  corpusChanged: () => {
    fetchStats().then((s) => sidebar.setYearBounds(s.firstYear, s.lastYear), reportError);
  },
});

function applyFilters(): void {
  const range = { from: state.yearFrom, to: state.yearTo };
  graph.setFilters(state.kinds, range);
  spread.setRange(range);
  mapView?.setRange(range);
  panel.setRange(range);
}

async function selectNode(id: string, focus: boolean): Promise<void> {
  commit({ id }, true);
  try {
    if (focus) {
      moreBar.hidden = true;
      await graph.focus(id);
    }
    graph.select(id);
    panel.placeholder(t('loading'));
    const node = await entityDetails(id);
    if (node) {
      panel.showEntity(toDetails(node));
      // A link or Back can select without typing: the box names what is selected.
      if (focus) search.input.value = String(node.name);
    } else panel.placeholder(t('noMatch', { q: id }));
  } catch (err) {
    reportError(err);
  }
}

async function openSpread(reform: string): Promise<void> {
  commit({ reform }, true);
  setMode('spread');
  await spread.load(reform);
}

// The map loads its code (d3-geo, topojson) and its boundaries only when first opened.
let mapView: MapView | null = null;
async function showMap(): Promise<void> {
  if (!mapView) {
    const { MapView } = await import('./views/map.ts');
    mapView ??= new MapView({
      openQuote,
      onChange: (patch) => {
        commit(patch);
        if (patch.mapOf) void showMap();
      },
      onError: reportError,
    });
    mapView.setRange({ from: state.yearFrom, to: state.yearTo });
    center.append(mapView.element);
  }
  mapView.element.hidden = state.mode !== 'map';
  const place = state.id?.startsWith('jurisdiction:') ? state.id : null;
  await mapView.show(
    { of: state.mapOf ?? 'spread', reform: state.reform, compare: state.compare, place },
    state.mapLevel ?? 'county',
    state.mapZoom ?? null,
  );
}

const modeButtons = new Map<Mode, HTMLButtonElement>();
function setMode(mode: Mode, push = true): void {
  if (mode !== state.mode) commit({ mode }, push);
  for (const [m, b] of modeButtons) b.classList.toggle('active', m === mode);
  spread.element.hidden = mode !== 'spread';
  compareView.element.hidden = mode !== 'compare';
  pathView.element.hidden = mode !== 'path';
  if (mapView) mapView.element.hidden = mode !== 'map';
  library.show(mode === 'library');
  indicatorView.element.hidden = mode !== 'indicators';
  // The path view draws its answer on the canvas, so the canvas stays under it.
  graphWrap.hidden = !(mode === 'graph' || mode === 'path');
  document.body.dataset.mode = mode;
  if (!graphWrap.hidden) requestAnimationFrame(() => graph.cy.resize());
}

function onPick(e: EntityRef): void {
  banner.hidden = true;
  if (e.type === 'REFORM' && state.mode === 'spread') {
    void openSpread(e.name);
    return;
  }
  if (e.type === 'JURISDICTION' && state.mode === 'compare') {
    compareView.add(e.name);
    return;
  }
  if (state.mode === 'map' && (e.type === 'REFORM' || e.type === 'JURISDICTION')) {
    if (e.type === 'REFORM') commit({ reform: e.name, mapOf: 'spread', mapZoom: null }, true);
    else commit({ id: e.id, mapOf: 'place', mapZoom: null }, true);
    void showMap().catch(reportError);
    return;
  }
  if (e.type === 'JURISDICTION' && state.mode === 'indicators') {
    indicatorView.add(e.name);
    return;
  }
  if (e.type === 'REFORM') commit({ reform: e.name });
  setMode(state.mode === 'path' ? 'path' : 'graph');
  void selectNode(e.id, true);
}

const search = createSearch(onPick, { id: 'search' });
const tabs = h('nav', { class: 'tabs' });
for (const m of ['graph', 'spread', 'compare', 'path', 'map', 'indicators', 'library'] as const) {
  const b = h('button', { type: 'button', class: 'tab', 'data-mode': m });
  b.addEventListener('click', () => {
    if (m === 'library') library.toList();
    setMode(m);
    if (m === 'map') void showMap().catch(reportError);
    if (m === 'spread' && state.reform && !spread.current) void spread.load(state.reform);
    if (m === 'indicators') void indicatorView.set({ places: state.indicatorPlaces ?? [], indicator: state.indicator ?? null });
  });
  modeButtons.set(m, b);
  tabs.append(b);
}
const shareBtn = h('button', { type: 'button', class: 'small', 'data-action': 'share' });
shareBtn.addEventListener('click', () => {
  void navigator.clipboard?.writeText(location.href).then(
    () => showBanner(t('copied'), 'info'),
    () => showBanner(location.href, 'info'),
  );
});
const langBtn = h('button', { type: 'button', class: 'small lang', 'data-action': 'lang' });
langBtn.addEventListener('click', () => {
  commit({ lang: state.lang === 'zh' ? 'en' : 'zh' });
  setLang(state.lang);
  relabel();
});
const title = h('h1', {});

function relabel(reloadPanel = true): void {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('appTitle');
  title.textContent = t('appTitle');
  title.title = t('appSubtitle');
  for (const [m, b] of modeButtons) b.textContent = t(`mode.${m}`);
  shareBtn.textContent = t('share');
  langBtn.textContent = t('langToggle');
  search.relabel();
  sidebar.render();
  reader.relabel();
  pathView.relabel();
  compareView.render();
  library.relabel();
  indicatorView.render();
  graph.relabel();
  updateGraphMsg();
  if (reloadPanel) {
    if (state.id) void selectNode(state.id, false);
    else panel.placeholder();
  }
  if (spread.current) spread.setRange({ from: state.yearFrom, to: state.yearTo });
  if (mapView && state.mode === 'map') void showMap().catch(reportError);
}

header.append(title, search.element, tabs, shareBtn, langBtn);
mainEl.prepend(sidebar.element);
center.prepend(pathView.element);
center.append(spread.element, compareView.element, indicatorView.element, ...library.elements);

/** Bring the screen to `state` (first load and Back/Forward). */
async function restore(): Promise<void> {
  setLang(state.lang);
  relabel(false);
  sidebar.setState(state);
  graph.setLayout(state.layout);
  setMode(state.mode, false);
  applyFilters();
  compareView.setNames(state.compare);
  const tasks: Promise<unknown>[] = [];
  if (state.mode === 'indicators') tasks.push(indicatorView.set({ places: state.indicatorPlaces ?? [], indicator: state.indicator ?? null }));
  if (state.id) tasks.push(selectNode(state.id, true));
  if (state.reform && state.mode === 'spread') tasks.push(spread.load(state.reform));
  if (state.mode === 'map') tasks.push(showMap());
  for (const [end, id] of [
    ['from', state.pathFrom],
    ['to', state.pathTo],
  ] as const) {
    if (id) tasks.push(entityDetails(id).then((n) => n && pathView.set(end, { id, name: String(n.name) })));
  }
  await Promise.all(tasks).catch(reportError);
}

window.addEventListener('popstate', () => {
  state = decodeState(location.hash);
  void restore();
});

async function start(): Promise<void> {
  updateGraphMsg();
  let welcome: string | null = null;
  try {
    const stats = await fetchStats();
    sidebar.setYearBounds(stats.firstYear, stats.lastYear);
    if (stats.reports === 0) showBanner(t('emptyDb'), 'info');
    else
      welcome = t('welcome', {
        reports: stats.reports,
        from: stats.firstYear ?? '?',
        to: stats.lastYear ?? '?',
      });
  } catch (err) {
    reportError(err);
  }
  await restore();
  if (welcome && !state.id) panel.placeholder(welcome);
  if (!state.id && state.mode === 'graph') search.input.focus();
  document.body.dataset.ready = 'true';
}

void start();
