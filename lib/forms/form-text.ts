/** A text field of a submitted form; missing fields and file uploads read as "". */
export function formText(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
}
