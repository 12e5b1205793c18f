/**
 * Serves the built site at `root` with Framework's clean URLs (`/ru/page` → `ru/page.html`), with
 * `headers` added to every file, on `host`:`port` (port 0: any free port). Rejects when the port is taken.
 */
export declare function serveSite(
  root: string,
  options?: {headers?: Record<string, string>; host?: string; port?: number}
): Promise<{url: string; close(): Promise<void>}>;
