import mammoth from 'mammoth';

/** Paragraph text of a Word document; mammoth separates paragraphs with blank lines. */
export async function readDocx(buffer: Buffer): Promise<string> {
  const result = await mammoth.extractRawText({ buffer });
  return result.value;
}
