// Reads an uploaded CSV into header + rows, with a clear error for each kind of bad file.
import Papa from "papaparse";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;

export type CsvRead = { ok: true; headers: string[]; rows: string[][] } | { ok: false; error: string };

export function readCsv(bytes: Uint8Array): CsvRead {
  if (bytes.byteLength === 0) return { ok: false, error: "That file is empty." };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: "That file is larger than 50 MB. Split it into smaller files and import each." };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: "That file is saved as UTF-16. Save it as “CSV UTF-8” and try again." };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return { ok: false, error: "That file isn't UTF-8 text. In Excel choose “CSV UTF-8 (Comma delimited)”; in Google Sheets, File → Download → CSV." };
  }
  if (text.includes("\u0000")) return { ok: false, error: "That looks like a binary file (a spreadsheet or image?), not a CSV." };
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  const [header, ...rows] = parsed.data;
  const headers = (header ?? []).map((h) => h.trim());
  if (headers.length === 0 || headers.every((h) => h === "")) return { ok: false, error: "The first row should name the columns (First Name, Email, …), but it is empty." };
  if (headers.every((h) => /^[\d\s@+().-]*$/.test(h) || /@/.test(h))) {
    return { ok: false, error: "The first row looks like data, not column names. Add a header row (First Name, Last Name, Email, Phone…)." };
  }
  if (rows.length === 0) return { ok: false, error: "The file has column names but no rows." };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, error: `That file has ${rows.length.toLocaleString("en-US")} rows; the limit is 100,000 per import.` };
  return { ok: true, headers, rows };
}
