// Framework baseline for the HTTP benchmark: a page rendering a constant 50-row table on every
// request (no session, no database). 404 unless BENCH_BASELINES=1.
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata = { title: "Baseline table", robots: { index: false } };

const ROWS = Array.from({ length: 50 }, (_, i) => ({ id: i, name: `Contact ${i}`, stage: "Connected", phone: "(512) 555-0100", email: `contact${i}@example.com` }));

export default function BaselineTablePage() {
  if (!getEnv().BENCH_BASELINES) notFound();
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">Contacts</h1>
      <table className="w-full text-left text-sm">
        <thead><tr><th>Name</th><th>Stage</th><th>Phone</th><th>Email</th></tr></thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.id}><td><a href={`/contacts/${r.id}`}>{r.name}</a></td><td>{r.stage}</td><td>{r.phone}</td><td>{r.email}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
