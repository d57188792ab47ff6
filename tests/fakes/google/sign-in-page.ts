// The fake consent screen: an account chooser a browser test can fill in like a person would.
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function accountChooserPage(params: URLSearchParams): string {
  const hidden = [...params.entries()].map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fake Google – Choose an account</title></head>
<body style="font-family: sans-serif; max-width: 28rem; margin: 3rem auto">
  <h1>Choose an account</h1>
  <p>to continue to the app (scopes: ${escape(params.get("scope") ?? "")})</p>
  <form method="post" action="/o/oauth2/v2/auth/decide">
    ${hidden}
    <p><label>Email <input name="email" type="email" value="${escape(params.get("login_hint") ?? "")}"></label></p>
    <p><label>Name <input name="name" value=""></label></p>
    <p><label><input name="email_verified" type="checkbox" value="true" checked> Email verified</label></p>
    ${(params.get("scope") ?? "").includes("/auth/calendar") ? `<p><label><input name="calendar_access" type="checkbox" value="off"> Untick “See, edit, share and delete calendar events”</label></p>` : ""}
    <button name="decision" value="allow">Continue</button>
    <button name="decision" value="deny">Cancel</button>
  </form>
</body></html>`;
}
