import { DashboardOverview } from "@/components/crm/dashboard-overview";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser, signedInReads } from "@/lib/auth/session";
import { getDashboard } from "@/lib/crm/dashboard";
import { toDashboardView } from "@/lib/crm/dashboard-view";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const dashboard = await getDashboard(await signedInReads());
  const user = await requireUser(); // the verdict of the check that read carried
  const firstName = user.name.split(" ")[0];
  return (
    <>
      <PageHeader title="Dashboard" description={`Good to see you, ${firstName}. Here's what needs you today.`} />
      <DashboardOverview view={toDashboardView(dashboard)} />
    </>
  );
}
