/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * let a crafted value spill into the next cell and start one there).
 */
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

// A plain signed number is read as a number, never run: "-120.50" stays as it is.
const plainNumber = /^[-+]?\d+(\.\d+)?$/;

/**
 * A cell value that Excel, LibreOffice and Google Sheets show as text and never execute: text that
 * starts like a formula gets a leading single quote. Applied to every text cell of an export, CSV
 * and XLSX alike.
 */
export const spreadsheetSafe = (value: string): string =>
  value.length > 0 && formulaStarts.has(value[0] as string) && !plainNumber.test(value) ? `'${value}` : value;

/** Undoes `spreadsheetSafe` on import, so an exported "'+1 555 0100" comes back as "+1 555 0100". */
export const unquoteSpreadsheetText = (value: string): string =>
  value.length > 1 && value[0] === "'" && formulaStarts.has(value[1] as string) ? value.slice(1) : value;
