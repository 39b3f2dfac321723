// Shared accessibility checks for the e2e suite: axe-core with the WCAG 2.x A/AA
// and best-practice rules, and the 360 px "no sideways scroll" check.
// Axe finds roughly a third of real issues: it complements, not replaces,
// keyboard and screen-reader testing.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export interface AxeOptions {
  /** Names the page in the failure message. */
  where?: string;
  /** A CSS selector to limit the scan to (e.g. an open popover). */
  within?: string;
  /** "serious": only serious and critical violations fail; "all" (the default): any violation fails. */
  impacts?: "all" | "serious";
}

export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const { violations } = await (options.within ? builder.include(options.within) : builder).analyze();
  const failing = options.impacts === "serious" ? violations.filter((v) => v.impact === "serious" || v.impact === "critical") : violations;
  const summary = failing.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  const label = options.impacts === "serious" ? "serious or critical axe violations" : "axe violations";
  expect(summary, options.where ? `${label} on ${options.where}` : label).toEqual([]);
}

/** Only serious and critical violations fail (pages whose minor best-practice findings are accepted). */
export const expectNoSeriousViolations = (page: Page, within?: string) => expectNoAxeViolations(page, { impacts: "serious", ...(within ? { within } : {}) });

/** The page fits its viewport's width: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}
