// Stripe's API takes application/x-www-form-urlencoded bodies with nested
// keys written as brackets: line_items[0][price_data][currency]=usd.
export type FormValue = string | number | boolean | null | undefined | FormValue[] | { [key: string]: FormValue };

export function formEncode(value: Record<string, FormValue>): string {
  const params = new URLSearchParams();
  const walk = (prefix: string, v: FormValue) => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) return v.forEach((item, i) => walk(`${prefix}[${i}]`, item));
    if (typeof v === "object") return Object.entries(v).forEach(([k, item]) => walk(prefix ? `${prefix}[${k}]` : k, item));
    params.append(prefix, String(v));
  };
  walk("", value);
  return params.toString();
}
