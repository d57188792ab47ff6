import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { devOutboxEnabled, listDevOutbox } from "@/lib/integrations/resend/dev-outbox";

export const dynamic = "force-dynamic";
export const metadata = { title: "Development outbox" };

/** Turns URLs in a plain-text email into links, leaving everything else as text. */
function Linkified({ text }: { text: string }) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="break-all text-brand-600 underline">
        {part}
      </a>
    ) : (
      <span key={i}>{part}</span>
    ),
  );
}

export default async function DevOutboxPage() {
  if (!devOutboxEnabled()) notFound();
  const emails = await listDevOutbox();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <PageHeader title="Development outbox" description="Emails this server would have sent. Shown only while no email provider is configured." />
      {emails.length === 0 && <p className="text-sm text-slate-600">No emails yet.</p>}
      <ol className="flex flex-col gap-4">
        {emails.map((email) => (
          <li key={email.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="text-xs text-slate-500">
              To {email.to} · {email.createdAt.toISOString()}
            </p>
            <h2 className="mt-1 font-semibold text-slate-900">{email.subject}</h2>
            <pre className="mt-3 whitespace-pre-wrap font-sans text-sm text-slate-700">
              <Linkified text={email.text} />
            </pre>
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-brand-600">Show the HTML version</summary>
              {/* sandbox="": the email's HTML cannot run scripts or reach this page. */}
              <iframe title={`HTML version of "${email.subject}"`} sandbox="" srcDoc={email.html} className="mt-2 h-[28rem] w-full rounded-lg border border-slate-200" />
            </details>
          </li>
        ))}
      </ol>
    </main>
  );
}
