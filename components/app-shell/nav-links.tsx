"use client";
// Plain anchors rather than next/link: the section links are on every signed-in page, twice (the
// sidebar, the phone menu), and useLinkNavigation gives them the same in-app navigation and
// prefetch-on-pointing from one set of handlers on the list instead of a component per link.

import { usePathname } from "next/navigation";
import { cn } from "../ui/cn";
import { useLinkNavigation } from "../ui/use-link-navigation";
import { NAV_ITEMS } from "./nav-items";

/** The section links; the current section is highlighted and marked for screen readers. */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  const navigation = useLinkNavigation(onNavigate);
  return (
    <ul className="flex flex-col gap-1" {...navigation}>
      {NAV_ITEMS.map(({ href, label, icon: Icon }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <a
              href={href}
              aria-current={current ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors",
                current ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              <Icon className={cn("h-5 w-5", current ? "text-brand-600" : "text-slate-400")} aria-hidden="true" />
              {label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
