/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return) gets a
 * leading apostrophe, so a member's text can never become a formula in staff's Excel (OWASP CSV
 * injection). A phone written +86… therefore shows as '+86…, which is harmless.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
