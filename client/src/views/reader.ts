// The report reader: full text with the quoted passage highlighted and scrolled into view.
import { reportText } from '../api.ts';
import { t } from '../i18n.ts';
import { clear, h } from './dom.ts';

/**
 * Where to highlight. Offsets from the API win when they point at the quote; if the
 * text there differs (offsets into a differently normalised text), find the quote instead.
 */
export function locateQuote(
  text: string,
  start: number,
  end: number,
  quote: string,
): { start: number; end: number } | null {
  const inRange = start >= 0 && end > start && end <= text.length;
  if (inRange && (!quote || text.slice(start, end) === quote)) return { start, end };
  if (quote) {
    const near = inRange ? text.indexOf(quote, Math.max(0, start - quote.length * 2)) : -1;
    const at = near >= 0 ? near : text.indexOf(quote);
    if (at >= 0) return { start: at, end: at + quote.length };
  }
  return inRange ? { start, end } : null;
}

export class Reader {
  readonly element: HTMLElement;
  private title: HTMLElement;
  private body: HTMLElement;
  private closeBtn: HTMLButtonElement;
  private cache = new Map<string, { name: string; year: number; text: string }>();

  constructor() {
    this.title = h('h2', { class: 'reader-title' });
    this.closeBtn = h('button', { class: 'reader-close', type: 'button' });
    this.closeBtn.addEventListener('click', () => this.close());
    this.body = h('div', { class: 'reader-text', tabindex: 0 });
    const dialog = h(
      'div',
      { class: 'reader-dialog', role: 'dialog', 'aria-modal': 'true' },
      h('header', {}, this.title, this.closeBtn),
      this.body,
    );
    this.element = h('div', { class: 'reader', hidden: true }, dialog);
    this.element.addEventListener('click', (e) => {
      if (e.target === this.element) this.close();
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.element.hidden) this.close();
    });
    this.relabel();
  }

  relabel(): void {
    this.closeBtn.textContent = `✕ ${t('close')}`;
  }

  close(): void {
    this.element.hidden = true;
  }

  async open(reportId: string, start: number, end: number, quote: string): Promise<void> {
    this.element.hidden = false;
    this.title.textContent = t('loading');
    clear(this.body);
    let report = this.cache.get(reportId);
    if (!report) {
      try {
        const r = await reportText(reportId);
        if (!r) throw new Error(reportId);
        report = { name: r.name, year: r.year, text: r.text };
        this.cache.set(reportId, report);
      } catch (err) {
        this.title.textContent = t('error', { detail: err instanceof Error ? err.message : String(err) });
        return;
      }
    }
    this.title.textContent = `${report.name}（${report.year}）`;
    const range = locateQuote(report.text, start, end, quote);
    if (!range) {
      this.body.append(report.text);
      return;
    }
    const mark = h('mark', { class: 'quote-highlight', text: report.text.slice(range.start, range.end) });
    this.body.append(report.text.slice(0, range.start), mark, report.text.slice(range.end));
    requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  }
}
