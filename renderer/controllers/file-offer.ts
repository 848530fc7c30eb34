import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExportedFile } from '../../electron/api/contract.ts';

type Host = ReactiveControllerHost & {
  readonly exported: ExportedFile | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/**
 * The host's exported file, offered for saving: a link's address for it (let
 * go of when the file changes or the host leaves the page), and the link
 * clicked once as soon as it is shown; the link stays for a second try.
 */
export class FileOffer implements ReactiveController {
  #host: Host;
  #file: ExportedFile | null = null;
  #url: string | null = null;
  #offered: ExportedFile | null = null;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  /** The address of the file's link; null without a file. */
  get url(): string | null {
    return this.#url;
  }

  hostUpdate(): void {
    const file = this.#host.exported;
    if (file === this.#file) return;
    this.#release();
    this.#file = file;
    this.#url = file
      ? URL.createObjectURL(
          new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mediaType }),
        )
      : null;
  }

  hostUpdated(): void {
    const link = this.#host.renderRoot.querySelector<HTMLAnchorElement>('a[download]');
    if (link && this.#file !== this.#offered) {
      this.#offered = this.#file;
      link.click();
    }
  }

  hostDisconnected(): void {
    this.#release();
    this.#file = null;
  }

  #release(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = null;
  }
}
