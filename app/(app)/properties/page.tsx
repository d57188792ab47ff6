import { Home } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Properties" };

export default function PropertiesPage() {
  return (
    <>
      <PageHeader title="Properties" description="Listings and homes your clients are buying, selling or renting." />
      <EmptyState icon={Home} title="No properties yet">
        Add a listing or a home a buyer is interested in, and link it to the people involved.
      </EmptyState>
    </>
  );
}
