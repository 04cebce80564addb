// The library mode as main.ts sees it: the list, one report open in place of the list, and the
// upload dialog, with what happens after a change (the list and the rest of the app re-read).
import { LibraryView } from './library.ts';
import { ReportView } from './report-view.ts';
import { UploadDialog } from './upload.ts';

export interface LibraryHost {
  /** Switch the app to the library mode. */
  enter(): void;
  showInGraph(id: string): void;
  notify(message: string): void;
  error(err: unknown): void;
  /** Reports were added, corrected or deleted: anything cached from the corpus re-reads. */
  corpusChanged(): void;
}

export class LibraryMode {
  readonly list: LibraryView;
  readonly report: ReportView;
  readonly upload: UploadDialog;
  private visible = false;
  private reportOpen = false;

  constructor(private readonly host: LibraryHost) {
    this.list = new LibraryView({
      open: (id) => void this.openReport(id),
      upload: () => this.upload.show(),
      loaded: (message) => {
        host.notify(message);
        this.changed();
      },
    });
    this.report = new ReportView({
      back: () => {
        this.reportOpen = false;
        this.report.close();
        this.show(this.visible);
      },
      showInGraph: (id) => host.showInGraph(id),
      changed: (message) => {
        host.notify(message);
        this.changed();
      },
      error: (err) => host.error(err),
    });
    this.upload = new UploadDialog(() => this.changed());
  }

  get elements(): HTMLElement[] {
    return [this.list.element, this.report.element];
  }

  /** Called by the app's mode switch; the list loads on first sight. */
  show(visible: boolean): void {
    this.visible = visible;
    this.list.element.hidden = !visible || this.reportOpen;
    this.report.element.hidden = !visible || !this.reportOpen;
    if (visible && !this.reportOpen && !this.list.element.dataset.loaded) void this.list.load();
  }

  /** The tab was pressed: back to the list. */
  toList(): void {
    this.reportOpen = false;
    this.report.close();
  }

  async openReport(id: string): Promise<void> {
    this.reportOpen = true;
    this.host.enter();
    this.show(true);
    await this.report.open(id);
  }

  relabel(): void {
    this.list.render();
    this.report.render();
    this.upload.relabel();
  }

  private changed(): void {
    this.host.corpusChanged();
    void this.list.load();
  }
}
