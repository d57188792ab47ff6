"use client";
// Client components on purpose (with the mobile bar and the account menu): every signed-in page
// sends the shell as two strings, the agent's name and email, instead of its element tree.
import Link from "next/link";
import { Logo } from "../ui/logo";
import { AccountMenu } from "./account-menu";
import { NavLinks } from "./nav-links";

export function Sidebar({ name, email }: { name: string; email: string }) {
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
      <AccountMenu name={name} email={email} />
    </aside>
  );
}
