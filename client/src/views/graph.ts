// The Cytoscape canvas: focus/expand via the API, filters, layouts, hide/remove.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import dagre from 'cytoscape-dagre';
import { neighborhood } from '../api.ts';
import { inYearRange, newElements, sliceToElements, type YearRange } from '../elements.ts';
import { edgeLabel, t } from '../i18n.ts';
import { buildStylesheet } from '../style.ts';
import type { LayoutName } from '../state.ts';
import type { EntityType, GraphSlice } from '../types.ts';

cytoscape.use(fcose);
cytoscape.use(dagre);

declare global {
  interface Window {
    cy?: Core;
    explorer?: { showSlice(slice: GraphSlice): Promise<void> };
  }
}

/** Neighbours fetched per expansion; "show more" asks for this many more each time. */
export const EXPAND_CAP = 40;
/** Above this many nodes fcose switches to draft quality (default quality takes ~40 s at 2,000). */
export const DRAFT_ABOVE = 300;
/**
 * Above this many nodes the canvas draws cheaply: straight edges without arrows, and node labels
 * only once zoomed in (measuring 2,000 wrapped CJK labels costs about as much as the layout).
 */
export const BULK_ABOVE = 800;
const LABEL_ZOOM = 0.8;
const FIT_MAX_ZOOM = 1.6;
const HIDDEN = '.filtered, .hidden-kind, .hidden-user';

export interface GraphHandlers {
  onSelectNode(id: string): void;
  onSelectEdge(data: Record<string, unknown>): void;
  onUnselect(): void;
  onChange(): void;
  onCapped(id: string, name: string, shown: number): void;
}

export function layoutOptions(name: LayoutName, nodeCount: number, animate = false): LayoutOptions {
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        fit: true,
        padding: 30,
        minNodeSpacing: 18,
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'hierarchical':
      return {
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 18,
        rankSep: 90,
        animate,
        fit: true,
        padding: 30,
      } as LayoutOptions;
    default:
      return {
        name: 'fcose',
        quality: nodeCount > DRAFT_ABOVE ? 'draft' : 'default',
        randomize: true,
        animate: animate && nodeCount <= DRAFT_ABOVE,
        fit: true,
        padding: 30,
        nodeRepulsion: 6500,
        idealEdgeLength: 90,
        nodeSeparation: 80,
        // Long report titles overlap their neighbours unless the layout knows their size;
        // measuring labels is too slow for big slices (which hide labels anyway).
        nodeDimensionsIncludeLabels: nodeCount <= DRAFT_ABOVE,
      } as LayoutOptions;
  }
}

export class GraphView {
  readonly cy: Core;
  private limits = new Map<string, number>();
  private layoutName: LayoutName = 'fcose';
  private kinds: EntityType[] = [];
  private years: YearRange = { from: null, to: null };

  constructor(
    container: HTMLElement,
    private readonly handlers: GraphHandlers,
  ) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(),
      layout: { name: 'preset' },
      minZoom: 0.05,
      maxZoom: 4,
    });
    window.cy = this.cy;
    const cy = this.cy;
    cy.on('tap', 'node', (e) => handlers.onSelectNode(e.target.id()));
    cy.on('tap', 'edge', (e) => handlers.onSelectEdge(e.target.data()));
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.onUnselect();
    });
    cy.on('dbltap', 'node', (e) => void this.expand(e.target.id()));
    cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
    cy.on('zoom', () => this.quietLabels());
  }

  private bulk = false;

  /** Level of detail: switch the cheap drawing on or off as the canvas crosses BULK_ABOVE. Call inside a batch. */
  private applyLod(): void {
    const big = this.cy.nodes().length > BULK_ABOVE;
    // New elements already carry the classes (see labelled); only a crossing restyles the rest.
    if (big === this.bulk) return;
    this.bulk = big;
    this.cy.edges().toggleClass('bulk', big);
    this.cy.nodes().toggleClass('quiet', big && this.cy.zoom() < LABEL_ZOOM);
  }

  private quietLabels(): void {
    if (!this.bulk) return;
    const quiet = this.cy.zoom() < LABEL_ZOOM;
    const nodes = this.cy.nodes();
    if (nodes.length && nodes[0]!.hasClass('quiet') !== quiet)
      this.cy.batch(() => nodes.toggleClass('quiet', quiet));
  }

  get size(): { nodes: number; edges: number } {
    // What the analyst sees: filtered and hidden elements do not count.
    const nodes = this.cy.nodes().not(HIDDEN);
    return { nodes: nodes.length, edges: nodes.edgesWith(nodes).not(HIDDEN).length };
  }

  /** Replace the canvas with the neighbourhood of `id`. */
  async focus(id: string): Promise<void> {
    const slice = await neighborhood(id, EXPAND_CAP);
    this.limits.clear();
    this.limits.set(id, EXPAND_CAP);
    this.cy.batch(() => this.cy.elements().remove());
    this.merge(slice);
    this.cy.nodes().removeClass('focus');
    this.cy.getElementById(id).addClass('focus');
    this.reportCap(id, slice);
    await this.layout();
  }

  /** Add a slice to the canvas (used by expand, path and spread). */
  merge(slice: GraphSlice): number {
    const present = new Set(this.cy.elements().map((el) => el.id()));
    const els = newElements(sliceToElements(slice, present), present);
    const big = this.cy.nodes().length + els.filter((el) => el.group === 'nodes').length > BULK_ABOVE;
    this.cy.batch(() => {
      this.cy.add(els.map((el) => this.labelled(el, big)));
      this.applyFilters();
      this.applyLod();
    });
    this.handlers.onChange();
    return els.length;
  }

  /** Replace everything with `slice` (a path or a reform's spread), marking it with `cls`. */
  show(slice: GraphSlice, cls?: string, layout?: LayoutName): Promise<void> {
    this.limits.clear();
    this.cy.batch(() => this.cy.elements().remove());
    this.merge(slice);
    if (cls) this.cy.elements().addClass(cls);
    return this.layout(layout);
  }

  async expand(id: string): Promise<void> {
    const limit = (this.limits.get(id) ?? 0) + EXPAND_CAP;
    this.limits.set(id, limit);
    const slice = await neighborhood(id, limit);
    const added = this.merge(slice);
    this.reportCap(id, slice);
    if (added > 0) await this.layout();
  }

  private reportCap(id: string, slice: GraphSlice): void {
    const limit = this.limits.get(id) ?? EXPAND_CAP;
    // The server caps the slice at `limit` nodes; a full page means there may be more.
    if (slice.nodes.length >= limit) {
      const name = String(this.cy.getElementById(id).data('label') ?? id);
      this.handlers.onCapped(id, name, limit);
    }
  }

  /** Adds the display-only data and, for a big canvas, the cheap-drawing classes up front (one style pass). */
  private labelled(el: ElementDefinition, big: boolean): ElementDefinition {
    if (el.group === 'edges') el.data.typeLabel = edgeLabel(String(el.data.type));
    if (big)
      el.classes =
        `${el.classes ?? ''} ${el.group === 'edges' ? 'bulk' : this.cy.zoom() < LABEL_ZOOM ? 'quiet' : ''}`.trim();
    return el;
  }

  relabel(): void {
    this.cy.batch(() =>
      this.cy.edges().forEach((e) => void e.data('typeLabel', edgeLabel(String(e.data('type'))))),
    );
  }

  setLayout(name: LayoutName): void {
    this.layoutName = name;
  }

  /** Lays out what is visible; resolves when the layout has placed every node. */
  layout(name: LayoutName = this.layoutName): Promise<void> {
    // Visibility by class, not ':visible': that selector resolves every element's style
    // and costs more than the layout itself at 2,000 nodes.
    const nodes = this.cy.nodes().not(HIDDEN);
    if (nodes.length === 0) return Promise.resolve();
    const visible = nodes.union(nodes.edgesWith(nodes).not(HIDDEN));
    return new Promise((resolve) => {
      const layout = visible.layout(layoutOptions(name, visible.nodes().length, true));
      layout.one('layoutstop', () => {
        // A handful of nodes fitted to the canvas would be drawn huge.
        if (this.cy.zoom() > FIT_MAX_ZOOM) {
          this.cy.zoom(FIT_MAX_ZOOM);
          this.cy.center(visible);
        }
        this.quietLabels();
        resolve();
      });
      layout.run();
    });
  }

  setFilters(kinds: EntityType[], years: YearRange): void {
    this.kinds = kinds;
    this.years = years;
    this.cy.batch(() => this.applyFilters());
    this.handlers.onChange();
  }

  /**
   * Kind and year filters. An edge outside the year range goes; a node goes when
   * its own year is out of range or when the filter left it with no visible edge
   * (a later adopter keeps no link to the reform) — except the focused node.
   */
  private applyFilters(): void {
    const cy = this.cy;
    const kinds = new Set(this.kinds.map((k) => k.toLowerCase()));
    cy.elements().removeClass('filtered hidden-kind');
    if (kinds.size > 0)
      cy.nodes().forEach((n) => void (kinds.has(String(n.data('kind'))) || n.addClass('hidden-kind')));
    const yearsActive = this.years.from != null || this.years.to != null;
    if (!yearsActive) return;
    cy.edges().forEach((e) => void (inYearRange(e.data('year'), this.years) || e.addClass('filtered')));
    cy.nodes().forEach((n) => {
      if (n.hasClass('focus')) return;
      if (!inYearRange(n.data('year'), this.years)) {
        n.addClass('filtered');
        return;
      }
      const edges = n.connectedEdges();
      if (edges.length > 0 && edges.filter('.filtered').length === edges.length) n.addClass('filtered');
    });
  }

  hide(id: string): void {
    this.cy.getElementById(id).addClass('hidden-user');
    this.handlers.onChange();
  }

  remove(id: string): void {
    this.cy.getElementById(id).remove();
    this.limits.delete(id);
    this.handlers.onChange();
  }

  unhideAll(): void {
    this.cy.elements().removeClass('hidden-user');
    this.handlers.onChange();
  }

  clear(): void {
    this.cy.elements().remove();
    this.limits.clear();
    this.handlers.onChange();
  }

  select(id: string): void {
    this.cy.elements().unselect();
    this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not(HIDDEN), 30);
  }

  zoom(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  json(): string {
    return JSON.stringify(this.cy.elements().jsons(), null, 2);
  }

  emptyText(): string {
    return t('graphEmpty');
  }
}
