/** Paragraph text of a Word document; mammoth separates paragraphs with blank lines. Loaded on the first .docx. */
export async function readDocx(buffer: Buffer): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.extractRawText({ buffer });
  return result.value;
}
