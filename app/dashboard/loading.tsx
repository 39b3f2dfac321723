import { PageSkeleton } from "@/components/host/page-header";

export default function Loading() {
  return <PageSkeleton label="Loading your dashboard…" sections={3} />;
}
