import type { Config } from '../config.ts';

/**
 * Where staff open the workbench, as sign-in links name it: WORKBENCH_URL when set (a proxy, a
 * domain, https), else the web server's own address: the real one once it listens (WEB_PORT=0
 * picks a port), the configured WEB_HOST:WEB_PORT before. null when no web is configured.
 */
export class WorkbenchAddress {
  private listening: string | null = null;

  constructor(private readonly config: Pick<Config, 'web' | 'workbench'>) {}

  /** The server is up at this address (http://host:port). */
  listeningAt(url: string): void {
    this.listening = url;
  }

  url(): string | null {
    if (this.config.workbench.publicUrl) return this.config.workbench.publicUrl;
    if (this.listening) return this.listening;
    const web = this.config.web;
    if (!web) return null;
    return `http://${web.host.includes(':') ? `[${web.host}]` : web.host}:${web.port}`;
  }

  /** A wildcard host makes a link no browser elsewhere can follow: worth a warning at start. */
  needsPublicUrl(): boolean {
    const host = this.config.web?.host;
    return !this.config.workbench.publicUrl && (host === '0.0.0.0' || host === '::');
  }
}
