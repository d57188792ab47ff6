// A tiny, escaping HTML builder for transactional emails: every interpolated value is escaped
// unless it is itself a SafeHtml fragment.
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    const parts = Array.isArray(value) ? value : [value];
    out += parts.map((p) => (p instanceof SafeHtml ? p.value : escape(String(p ?? "")))).join("");
    out += strings[i + 1] ?? "";
  });
  return new SafeHtml(out);
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** The shared frame of every ALT email: brand header, body, footer. */
export function layout(title: string, body: SafeHtml): string {
  return html`<!doctype html><html><body style="margin:0;background:#f8fafc;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#0f172a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="100%" style="max-width:560px;background:#fff;border:1px solid #e2e8f0;border-radius:12px">
<tr><td style="padding:24px 28px;border-bottom:1px solid #e2e8f0;font-weight:600;color:#1f57d6">Agent Lead Tracker</td></tr>
<tr><td style="padding:28px"><h1 style="margin:0 0 16px;font-size:20px">${title}</h1>${body}</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e2e8f0;font-size:12px;color:#64748b">You received this email because of activity on your Agent Lead Tracker account.</td></tr>
</table></td></tr></table></body></html>`.value;
}

export const button = (href: string, label: string) =>
  html`<p style="margin:24px 0"><a href="${href}" style="display:inline-block;background:#1f57d6;color:#fff;text-decoration:none;padding:12px 20px;border-radius:8px;font-weight:600">${label}</a></p>`;
