import Link from "next/link";
import { getCurrentUser } from "@/app/_lib/current-user";
import { Avatar } from "./avatar";
import { LogoMark } from "./logo";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="wordmark" aria-label="Slotbook home">
          <LogoMark />
          <span>Slotbook</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <NavLink href="/">Home</NavLink>
        </nav>
        <div className="account">
          {user ? (
            <>
              <span className="account__user">
                <Avatar name={user.name} />
                <span className="account__name" title={user.email}>
                  {user.name}
                </span>
              </span>
              <SignOutButton className="btn btn--sm btn--ghost" />
            </>
          ) : (
            <>
              <Link href="/signin" className="btn btn--sm btn--ghost">
                Sign in
              </Link>
              <Link href="/signup" className="btn btn--sm btn--primary">
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
