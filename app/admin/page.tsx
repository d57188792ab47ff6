import { LifeBuoy } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { Logo } from "@/components/ui/logo";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/require-admin";

export const metadata = { title: "Support dashboard" };

export default async function AdminPage() {
  const admin = await requireAdmin();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
          <Logo compact className="text-slate-900" />
          <span className="rounded-full bg-amber-100 px-3 py-1 text-xs font-semibold text-amber-800">Staff</span>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <PageHeader title="Support dashboard" description={`Signed in as ${admin.email}.`} />
        <EmptyState icon={LifeBuoy} title="No support requests">
          Customer accounts appear here only while their owner has granted support access.
        </EmptyState>
      </main>
    </div>
  );
}
