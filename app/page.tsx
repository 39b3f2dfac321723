import { AccountOverview } from "@/components/account-overview";
import { Landing } from "@/components/landing";
import { getCurrentUser } from "./_lib/current-user";

export default async function Home() {
  const user = await getCurrentUser();
  return user ? <AccountOverview user={user} /> : <Landing />;
}
