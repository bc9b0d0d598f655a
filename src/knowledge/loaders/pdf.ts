interface TextPiece {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Text of a PDF, one page after another. In Node pdf.js runs its worker in-process, so no
 * worker file or network access is needed; fonts are not loaded since only text is wanted.
 * pdf.js is loaded on the first PDF, not when the bot starts.
 */
export async function readPdf(buffer: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(buffer), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push((content.items as TextPiece[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}
