import { describe, expect, it } from "vitest";
import { checkPublicHttpsUrl } from "@/lib/crm/safe-url";

describe("photo links (SSRF rule: public https only, never fetched)", () => {
  it("accepts public https addresses", () => {
    expect(checkPublicHttpsUrl(" https://photos.example.com/a.jpg ")).toEqual({ ok: true, url: "https://photos.example.com/a.jpg" });
  });
  it.each([
    "http://photos.example.com/a.jpg",
    "file:///etc/passwd",
    "gopher://example.com/",
    "javascript:alert(1)",
    "https://169.254.169.254/latest/meta-data/",
    "https://127.0.0.1/x",
    "https://10.0.0.8/x",
    "https://172.20.1.1/x",
    "https://192.168.1.1/x",
    "https://100.64.0.1/x",
    "https://[::1]/x",
    "https://[fd00::1]/x",
    "https://[::ffff:127.0.0.1]/x",
    "https://localhost/x",
    "https://printer.local/x",
    "https://intranet/x",
    "https://user:pass@example.com/x",
    "not a url",
  ])("refuses %s", (url) => {
    expect(checkPublicHttpsUrl(url).ok).toBe(false);
  });
});
