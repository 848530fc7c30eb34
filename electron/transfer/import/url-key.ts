/** Query parameters that say where a link was shared, not which page it is. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid|smid|share)$/i;

/**
 * What two addresses of the same article have in common: scheme, `www.`,
 * letter case of the host, a trailing slash, the fragment and tracking
 * parameters left out. Two clips with the same key are the same article.
 */
export function urlKey(address: string): string {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return address.trim().toLowerCase();
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}
