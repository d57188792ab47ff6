import Link from "next/link";

/** "Contacts / Maria Lopez": the way back to a record's list, and where the agent is. */
export function Breadcrumb({ parent, current }: { parent: { href: string; label: string }; current?: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={parent.href} className="text-slate-500 hover:text-slate-800">{parent.label}</Link>
      {current !== undefined && (
        <>
          <span className="mx-1.5 text-slate-400">/</span>
          <span className="text-slate-800">{current}</span>
        </>
      )}
    </nav>
  );
}
