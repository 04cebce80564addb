// The upload dialog: drop or pick many report files (and optionally a manifest), watch a progress bar
// per file and overall, read each file's result (created / unchanged / replaced / refused + reason).
import { apiToken, setApiToken } from '../api.ts';
import { t } from '../i18n.ts';
import { checkFiles, formatBytes, overallProgress, REPORT_EXTENSIONS, tally, UPLOAD_LIMITS, type ServerLimits, type UploadResult } from '../upload-model.ts';
import { fetchLimits, uploadAll } from '../upload.ts';
import { clear, h } from './dom.ts';

interface Item {
  file: File;
  bar: HTMLProgressElement;
  result: HTMLElement;
}

export class UploadDialog {
  readonly element: HTMLDialogElement;
  private files: File[] = [];
  private manifest: File | null = null;
  /** Files refused before sending (type, size), counted in the summary. */
  private refusedHere: UploadResult[] = [];
  private limits: ServerLimits = { maxFileBytes: UPLOAD_LIMITS.fileBytes, maxFiles: UPLOAD_LIMITS.files };
  private items = new Map<File, Item>();
  private sent = new Map<string, number>();
  private readonly list: HTMLElement;
  private readonly overall: HTMLProgressElement;
  private readonly summary: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly picker: HTMLInputElement;
  private readonly manifestInput: HTMLInputElement;
  private readonly token: HTMLInputElement;

  constructor(private readonly onUploaded: (results: UploadResult[]) => void) {
    const accept = REPORT_EXTENSIONS.map((e) => `.${e}`).join(',');
    this.picker = h('input', { type: 'file', multiple: true, accept, name: 'files', class: 'visually-hidden' });
    this.picker.addEventListener('change', () => this.add([...(this.picker.files ?? [])]));
    const drop = h('label', { class: 'drop-zone', 'data-role': 'drop' }, this.picker, h('span', { class: 'drop-text' }));
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      this.add([...(e.dataTransfer?.files ?? [])]);
    });
    this.manifestInput = h('input', { type: 'file', accept: '.csv,.json', name: 'manifest' });
    this.manifestInput.addEventListener('change', () => (this.manifest = this.manifestInput.files?.[0] ?? null));
    this.token = h('input', { type: 'password', name: 'token', autocomplete: 'off', value: apiToken() ?? '' });
    this.token.addEventListener('change', () => setApiToken(this.token.value));
    this.list = h('ul', { class: 'upload-list' });
    this.overall = h('progress', { class: 'overall', max: 1, value: 0 });
    this.summary = h('p', { class: 'upload-summary', 'aria-live': 'polite' });
    this.start = h('button', { type: 'button', class: 'primary', 'data-action': 'start-upload' });
    this.start.addEventListener('click', () => void this.run());
    const close = h('button', { type: 'button', class: 'reader-close', 'data-action': 'close-upload' });
    close.addEventListener('click', () => this.element.close());
    this.element = h(
      'dialog',
      { class: 'upload-dialog' },
      h('header', {}, h('h2', { class: 'upload-title' }), close),
      drop,
      h('p', { class: 'muted upload-limits' }),
      h('label', { class: 'upload-field' }, h('span', { class: 'manifest-label' }), this.manifestInput),
      h('label', { class: 'upload-field' }, h('span', { class: 'token-label' }), this.token),
      this.list,
      h('div', { class: 'overall-row' }, h('span', { class: 'overall-label' }), this.overall),
      this.summary,
      h('div', { class: 'actions' }, this.start),
    );
    this.relabel();
  }

  relabel(): void {
    const q = (sel: string) => this.element.querySelector(sel)!;
    q('.upload-title').textContent = t('upTitle');
    q('.drop-text').textContent = t('upDrop');
    q('.upload-limits').textContent = t('upLimits', { size: formatBytes(this.limits.maxFileBytes), files: this.limits.maxFiles });
    q('.manifest-label').textContent = t('upManifest');
    q('.token-label').textContent = t('upToken');
    q('.overall-label').textContent = t('upOverall');
    q('[data-action=close-upload]').textContent = `✕ ${t('close')}`;
    this.start.textContent = t('upStart');
  }

  show(): void {
    this.files = [];
    this.refusedHere = [];
    this.items.clear();
    this.sent.clear();
    clear(this.list);
    this.summary.textContent = '';
    this.overall.value = 0;
    this.start.disabled = true;
    delete this.element.dataset.done;
    if (!this.element.isConnected) document.body.append(this.element);
    this.element.showModal();
    void fetchLimits().then((limits) => {
      if (!limits) return;
      this.limits = limits;
      this.relabel();
    });
  }

  private add(files: File[]): void {
    const { send, refused } = checkFiles(files, this.limits);
    for (const f of send) {
      const bar = h('progress', { max: Math.max(1, f.size), value: 0 });
      const result = h('span', { class: 'result', text: t('up.waiting') });
      const li = h('li', { 'data-file': f.name }, h('span', { class: 'name', text: `${f.name} (${formatBytes(f.size)})` }), bar, result);
      this.list.append(li);
      this.items.set(f, { file: f, bar, result });
      this.files.push(f);
    }
    for (const r of refused) this.list.append(this.resultLine(r));
    this.refusedHere.push(...refused);
    this.start.disabled = this.files.length === 0;
  }

  private resultLine(r: UploadResult): HTMLElement {
    const li = h('li', { 'data-file': r.file, 'data-status': r.status }, h('span', { class: 'name', text: r.file }));
    this.fill(li, [r]);
    return li;
  }

  private fill(el: HTMLElement, results: UploadResult[]): void {
    const target = el.querySelector('.result') ?? el.appendChild(h('span', { class: 'result' }));
    target.textContent = results
      .map((r) => `${t(`up.${r.status}`)}${r.reason && r.status === 'refused' ? `：${r.reason}${r.message ? ` — ${r.message}` : ''}` : ''}`)
      .join('；');
    el.dataset.status = results[0]?.status ?? 'refused';
  }

  private async run(): Promise<void> {
    this.start.disabled = true;
    setApiToken(this.token.value);
    const files = [...this.files];
    this.files = [];
    const results = await uploadAll(files, this.manifest, {
      progress: (f, loaded) => {
        const item = this.items.get(f);
        if (item) item.bar.value = loaded;
        this.sent.set(f.name, loaded);
        this.overall.value = overallProgress(files, this.sent);
      },
      result: (f, rs) => {
        const item = this.items.get(f);
        if (item) this.fill(item.bar.parentElement!, rs);
      },
    });
    this.overall.value = 1;
    this.summary.textContent = t('upDone', tally([...this.refusedHere, ...results]));
    this.refusedHere = [];
    this.element.dataset.done = 'true';
    this.onUploaded(results);
  }
}
