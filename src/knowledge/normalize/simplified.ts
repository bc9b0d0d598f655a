import * as OpenCC from 'opencc-js';

let convert: ((text: string) => string) | undefined;

/**
 * Traditional → Simplified. 't' (OpenCC standard Traditional) is used rather than 'twp' or 'hk':
 * it converts characters only, so already-Simplified text passes unchanged, whereas 'twp'
 * also rewrites vocabulary (智慧 → 智能). Built on first use: the dictionaries are large.
 */
export function toSimplified(text: string): string {
  const run = (convert ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return run(text);
}
