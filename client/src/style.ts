// The Cytoscape stylesheet as data. Kinds differ by shape AND colour so the graph
// still reads in greyscale and for colour-blind readers.
import type { StylesheetJson } from 'cytoscape';

export interface KindStyle {
  shape: string;
  color: string;
  border: string;
  size: number;
}

export const KIND_STYLES: Record<string, KindStyle> = {
  reform: { shape: 'star', color: '#d9480f', border: '#a23408', size: 38 },
  jurisdiction: { shape: 'ellipse', color: '#2f9e44', border: '#1e6b2d', size: 30 },
  agency: { shape: 'hexagon', color: '#1971c2', border: '#0f4c85', size: 28 },
  regulation: { shape: 'round-rectangle', color: '#e8a400', border: '#9c6e00', size: 26 },
  report: { shape: 'rectangle', color: '#7048e8', border: '#4a2db0', size: 24 },
};

export const EDGE_COLORS: Record<string, string> = {
  ADOPTED: '#d9480f',
  PILOTED: '#f08c00',
  PROMOTED_TO: '#c2255c',
  FIRST: '#e03131',
  LEARNED_FROM: '#0c8599',
  CITES: '#9c6e00',
  ISSUED: '#1971c2',
  MENTIONS: '#ced4da',
};

export function buildStylesheet(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family':
          '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif',
        color: '#212529',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        // CJK names have no spaces to break at.
        'text-overflow-wrap': 'anywhere',
        'text-max-width': '110px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 7,
        'background-color': '#868e96',
        'border-width': 2,
        'border-color': '#495057',
        width: 26,
        height: 26,
      },
    },
  ];
  sheet.push({
    selector: 'node.report',
    style: { 'font-size': 10, 'text-max-width': '130px', color: '#495057' },
  });
  for (const [kind, s] of Object.entries(KIND_STYLES)) {
    sheet.push({
      selector: `node.${kind}`,
      style: {
        shape: s.shape as never,
        'background-color': s.color,
        'border-color': s.border,
        width: s.size,
        height: s.size,
      },
    });
  }
  sheet.push({
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': '#adb5bd',
      'target-arrow-color': '#adb5bd',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.85,
      label: '',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      color: '#343a40',
    },
  });
  for (const [type, color] of Object.entries(EDGE_COLORS)) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': color, 'target-arrow-color': color },
    });
  }
  sheet.push(
    { selector: 'edge[type = "MENTIONS"]', style: { 'line-style': 'dashed', width: 1 } },
    { selector: 'edge[type = "PILOTED"]', style: { 'line-style': 'dotted', width: 2.4 } },
    { selector: 'edge[type = "FIRST"]', style: { width: 3 } },
    // The relation name appears on hover only: permanent edge labels clutter anything past a dozen edges.
    { selector: 'edge.hover', style: { label: 'data(typeLabel)', width: 3, opacity: 1, 'z-index': 10 } },
    { selector: 'node.hover', style: { 'border-width': 4, 'z-index': 10 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': '#fab005', 'overlay-opacity': 0 },
    },
    {
      selector: 'edge:selected',
      style: { width: 4, 'line-color': '#fab005', 'target-arrow-color': '#fab005', label: 'data(typeLabel)' },
    },
    {
      selector: 'node.focus',
      style: { 'border-width': 5, 'border-color': '#212529', 'font-weight': 'bold', 'font-size': 13 },
    },
    { selector: 'node.path', style: { 'border-width': 5, 'border-color': '#e03131' } },
    {
      selector: 'edge.path',
      style: { width: 4, 'line-color': '#e03131', 'target-arrow-color': '#e03131', label: 'data(typeLabel)' },
    },
    // Level of detail for big slices (see BULK_ABOVE in views/graph.ts).
    {
      selector: 'edge.bulk',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 1 },
    },
    { selector: 'node.quiet', style: { label: '' } },
    { selector: 'node.quiet:selected, node.quiet.focus, node.quiet.hover', style: { label: 'data(label)' } },
    // Filtered and user-hidden elements leave the layout as well as the view.
    { selector: '.filtered, .hidden-kind, .hidden-user', style: { display: 'none' } },
  );
  return sheet;
}
