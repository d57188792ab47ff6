// CSV writing for exports (papaparse). Cells that a spreadsheet would run as a formula (starting
// with = + - @ tab or CR) are prefixed with ' so opening an export can never execute anything.
import Papa from "papaparse";

export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  // A byte-order mark makes Excel read the file as UTF-8 (names with accents, emoji).
  return "\uFEFF" + Papa.unparse({ fields: header, data: rows.map((r) => r.map((v) => v ?? "")) }, { escapeFormulae: true, newline: "\r\n" });
}
