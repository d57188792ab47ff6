// The shared frame of every ALT email (brand header, body, footer) and its building blocks,
// as react-email components: they render to the table-based, inline-styled HTML mail clients
// need, and to a plain-text part from the same tree.
import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const font = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function EmailLayout({ title, preview, children }: { title: string; preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ margin: 0, backgroundColor: "#f8fafc", fontFamily: font, color: "#0f172a" }}>
        <Container style={{ maxWidth: 560, margin: "32px auto", backgroundColor: "#ffffff", border: "1px solid #e2e8f0", borderRadius: 12 }}>
          <Section style={{ padding: "20px 28px", borderBottom: "1px solid #e2e8f0" }}>
            <Text style={{ margin: 0, fontWeight: 600, color: "#1f57d6" }}>Agent Lead Tracker</Text>
          </Section>
          <Section style={{ padding: "24px 28px" }}>
            <Heading as="h1" style={{ margin: "0 0 16px", fontSize: 20 }}>
              {title}
            </Heading>
            {children}
          </Section>
          <Section style={{ padding: "12px 28px", borderTop: "1px solid #e2e8f0" }}>
            <Text style={{ margin: 0, fontSize: 12, color: "#64748b" }}>
              You received this email because of activity on your Agent Lead Tracker account.
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 15, lineHeight: "24px", margin: "0 0 12px" }}>{children}</Text>;
}

export function FinePrint({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: 13, lineHeight: "20px", color: "#64748b", margin: "16px 0 0" }}>{children}</Text>;
}

/** A call-to-action button; the plain-text part shows its label and the full link. */
export function ActionButton({ href, children }: { href: string; children: string }) {
  return (
    <Section style={{ margin: "20px 0" }}>
      <Button href={href} style={{ backgroundColor: "#1f57d6", color: "#ffffff", padding: "12px 20px", borderRadius: 8, fontWeight: 600, fontSize: 15 }}>
        {children}
      </Button>
    </Section>
  );
}
