import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Context } from 'hono';
import type { WorkbenchRoute } from '../routes.ts';

/**
 * Everything a page loads comes from here, read once at start: the stylesheet, the chart loader
 * and ECharts from node_modules (no CDN: office networks are often closed, and the CSP allows only
 * this server). Cached a day; a new version of the program changes nothing of a running browser's
 * security, only its look, so a day's staleness is harmless.
 */
const require = createRequire(import.meta.url);

interface Asset {
  body: Buffer;
  type: string;
}

const ASSETS: Record<string, () => Asset> = {
  '/assets/workbench.css': () => ({ body: readFileSync(new URL('./workbench.css', import.meta.url)), type: 'text/css; charset=utf-8' }),
  '/assets/charts.js': () => ({ body: readFileSync(new URL('./charts.js', import.meta.url)), type: 'text/javascript; charset=utf-8' }),
  '/assets/echarts.min.js': () => ({ body: readFileSync(require.resolve('echarts/dist/echarts.min.js')), type: 'text/javascript; charset=utf-8' }),
};

/** A route serving one asset: read on first use, then from memory; cached by browsers a day. */
function assetRoute(path: string, load: () => Asset): WorkbenchRoute {
  let asset: Asset | undefined;
  return {
    method: 'GET',
    path,
    role: 'public',
    handler: (c: Context) => {
      asset ??= load();
      return c.body(new Uint8Array(asset.body), 200, { 'Content-Type': asset.type, 'Cache-Control': 'public, max-age=86400' });
    },
  };
}

/** A page group's own script (the live roll, the re-index progress), served like the shared assets. */
export function scriptRoute(path: string, file: URL): WorkbenchRoute {
  return assetRoute(path, () => ({ body: readFileSync(file), type: 'text/javascript; charset=utf-8' }));
}

export const ASSET_ROUTES: WorkbenchRoute[] = Object.entries(ASSETS).map(([path, load]) => assetRoute(path, load));
