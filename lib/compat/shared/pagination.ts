// DRF's PageNumberPagination: ?page=&page_size=, {count, next, previous,
// results} with absolute next/previous links. Out-of-range or malformed page
// numbers are 404 {"detail": "Invalid page."}, as in DRF; a malformed or
// oversized page_size falls back to the default / is clamped, as in DRF.
import { DrfError } from "./drf-http";

export interface PageOptions {
  defaultPageSize: number;
  maxPageSize: number;
}

export interface PageParams {
  /** Raw ?page= ("1" when absent); resolved against the count by resolvePage. */
  rawPage: string;
  pageSize: number;
}

export interface ResolvedPage {
  page: number;
  pageSize: number;
  skip: number;
  take: number;
  lastPage: number;
}

export interface DrfPage<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export function pageParams(url: URL, options: PageOptions): PageParams {
  const rawSize = url.searchParams.get("page_size");
  let pageSize = options.defaultPageSize;
  if (rawSize !== null && /^[0-9]{1,9}$/.test(rawSize.trim())) {
    const n = Number(rawSize.trim());
    if (n > 0) pageSize = Math.min(n, options.maxPageSize);
  }
  return { rawPage: url.searchParams.get("page") ?? "1", pageSize };
}

export function resolvePage(params: PageParams, count: number): ResolvedPage {
  const lastPage = Math.max(1, Math.ceil(count / params.pageSize));
  const raw = params.rawPage.trim();
  const page = raw === "last" ? lastPage : /^[0-9]{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(page) || page < 1 || page > lastPage) throw new DrfError(404, "Invalid page.");
  return { page, pageSize: params.pageSize, skip: (page - 1) * params.pageSize, take: params.pageSize, lastPage };
}

/**
 * `publicUrl` is the URL as the client addressed it (seed path, not the
 * internal route a rewrite may have served it from), query included.
 */
export function drfPage<T>(publicUrl: URL, resolved: ResolvedPage, count: number, results: T[]): DrfPage<T> {
  const link = (page: number | null) => {
    if (page === null) return null;
    const url = new URL(publicUrl);
    if (page === 1) url.searchParams.delete("page");
    else url.searchParams.set("page", String(page));
    return url.toString();
  };
  return {
    count,
    next: resolved.page < resolved.lastPage ? link(resolved.page + 1) : null,
    previous: resolved.page > 1 ? link(resolved.page - 1) : null,
    results,
  };
}

/**
 * The absolute URL a client used: the request's origin (its Host header), the
 * dialect's public path (not the internal route a rewrite served it from),
 * the request's query. Like DRF's build_absolute_uri without
 * USE_X_FORWARDED_HOST, forwarded headers are not trusted.
 */
export function publicUrl(request: Request, publicPath: string): URL {
  const url = new URL(request.url);
  return new URL(publicPath + url.search, url.origin);
}
