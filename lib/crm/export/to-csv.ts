// CSV writing for exports (papaparse). Cells that a spreadsheet would run as a formula (starting
// with = + - @ tab or CR) are prefixed with ' so opening an export can never execute anything.
import Papa from "papaparse";

type Cell = string | number | null;
const OPTIONS = { escapeFormulae: true, newline: "\r\n" } as const;

/** The file's start: a byte-order mark (so Excel reads UTF-8: accents, emoji) and the header line. */
export function csvHeader(header: string[]): string {
  return "\uFEFF" + Papa.unparse({ fields: header, data: [] }, OPTIONS);
}

/** Rows under that header, without a trailing line break; "" for none. */
export function csvRows(header: string[], rows: Cell[][]): string {
  return Papa.unparse({ fields: header, data: rows.map((r) => r.map((v) => v ?? "")) }, { ...OPTIONS, header: false });
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return csvHeader(header) + csvRows(header, rows);
}
