// Turns a react-email component into what the transport sends: subject, HTML and a plain-text
// part rendered from the same tree (so the two never drift apart).
import { render } from "@react-email/components";
import type { ReactElement } from "react";

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export async function renderEmail(subject: string, element: ReactElement): Promise<EmailContent> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
