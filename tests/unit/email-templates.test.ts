import { describe, expect, it } from "vitest";
import { newDeviceMessage, verifyEmailMessage } from "@/lib/integrations/resend/templates/account-emails";

describe("email templates (react-email)", () => {
  it("render HTML and a plain-text part that both carry the link", async () => {
    const link = "https://app.example.com/verify-email?token=abc123";
    const mail = await verifyEmailMessage({ name: "Riley", link });
    expect(mail.subject).toBe("Confirm your email for Agent Lead Tracker");
    expect(mail.html).toContain('href="https://app.example.com/verify-email?token=abc123"');
    expect(mail.html).toMatch(/^<!DOCTYPE html/i);
    expect(mail.text).toContain("Hi Riley,");
    expect(mail.text).toContain(link);
    expect(mail.text).not.toMatch(/<[a-z]/i);
  });

  it("escape whatever a user typed into a name or a browser sent as its user agent", async () => {
    const mail = await newDeviceMessage({
      name: `<script>alert("x")</script>`,
      when: new Date("2026-11-22T12:00:00Z"),
      userAgent: `<img src=x onerror=alert(1)>`,
      resetLink: "https://app.example.com/forgot-password",
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain("Sun, 22 Nov 2026 12:00:00 GMT");
  });
});
