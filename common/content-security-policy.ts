/**
 * The renderer's Content-Security-Policy: no remote or inline script, no
 * network, nothing framed or posted. Sent as a header by the app's protocol and
 * the test server, and written into index.html by the build.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
