// Reference for the HTTP benchmark: the signed-in app shell (layout, session check) around an
// empty page — the floor every signed-in page starts from. 404 unless BENCH_BASELINES=1.
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/env";

export const metadata = { title: "Baseline shell", robots: { index: false } };

export default function BaselineShellPage() {
  if (!getEnv().BENCH_BASELINES) notFound();
  return <p className="text-sm text-slate-600">Signed-in shell baseline.</p>;
}
