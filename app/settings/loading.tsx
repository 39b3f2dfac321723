import { PageSkeleton } from "@/components/host/page-header";

export default function Loading() {
  return <PageSkeleton label="Loading your settings…" sections={3} />;
}
