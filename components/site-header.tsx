import Link from "next/link";
import { getCurrentUser } from "@/app/_lib/current-user";
import { Avatar } from "./avatar";
import { IntentLink } from "./intent-link";
import { LogoMark } from "./logo";
import { NavLink, NavMenu, type NavItem } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import styles from "./site-header.module.css";

function navItems(user: { roles: readonly string[] } | null): NavItem[] {
  const items: NavItem[] = [{ href: "/hosts", label: "Find a host" }];
  if (!user) return items;
  items.push({ href: "/bookings", label: "My bookings" });
  if (user.roles.includes("host")) {
    items.push(
      { href: "/dashboard", label: "Dashboard" },
      { href: "/availability", label: "Availability" },
      { href: "/services", label: "Services" },
      { href: "/settings", label: "Settings" },
    );
  }
  if (user.roles.includes("admin")) items.push({ href: "/admin/mail", label: "Mail outbox" });
  return items;
}

export async function SiteHeader() {
  const user = await getCurrentUser();
  const items = navItems(user);
  // Wide menus (hosts) fold into the menu button earlier.
  const size = items.length > 3 ? styles.wide : styles.narrow;
  return (
    <header className="site-header">
      <div className={`container site-header__inner ${size}`}>
        <IntentLink href="/" className="wordmark" aria-label="Slotbook home">
          <LogoMark />
          <span>Slotbook</span>
        </IntentLink>
        <nav className={`site-nav ${styles.inline}`} aria-label="Main">
          {items.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
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
              <span className={styles.accountInline}>
                <SignOutButton className="btn btn--sm btn--ghost" />
              </span>
            </>
          ) : (
            <span className={styles.accountInline}>
              <IntentLink href="/signin" className="btn btn--sm btn--ghost">
                Sign in
              </IntentLink>
              <IntentLink href="/signup" className="btn btn--sm btn--primary">
                Sign up
              </IntentLink>
            </span>
          )}
          <NavMenu items={items} label="Main menu">
            {user ? (
              <>
                <p className={styles.menuUser}>
                  <strong>{user.name}</strong>
                  <span>{user.email}</span>
                </p>
                <SignOutButton className="btn btn--sm btn--block" />
              </>
            ) : (
              <>
                <Link href="/signin" className="btn btn--sm btn--block">
                  Sign in
                </Link>
                <Link href="/signup" className="btn btn--sm btn--primary btn--block">
                  Sign up
                </Link>
              </>
            )}
          </NavMenu>
        </div>
      </div>
    </header>
  );
}
