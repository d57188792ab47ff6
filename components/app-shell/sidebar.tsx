import Link from "next/link";
import { Logo } from "../ui/logo";
import { NavLinks } from "./nav-links";

export function Sidebar({ account }: { account: React.ReactNode }) {
  return (
    <aside className="fixed inset-y-0 left-0 hidden w-60 flex-col border-r border-slate-200 bg-white md:flex">
      <div className="flex h-16 items-center px-5">
        <Link href="/dashboard" aria-label="Agent Lead Tracker, dashboard">
          <Logo compact className="text-slate-900" />
        </Link>
      </div>
      <nav aria-label="Main" className="flex-1 overflow-y-auto px-3 py-2">
        <NavLinks />
      </nav>
      {account}
    </aside>
  );
}
