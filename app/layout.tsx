import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Agent Lead Tracker", template: "%s · Agent Lead Tracker" },
  description: "The CRM for real-estate agents: leads, pipeline, showings, follow-ups and messages in one place.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f57d6" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
