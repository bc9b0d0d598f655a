import { secureHeaders } from 'hono/secure-headers';

/**
 * Secure headers for every response of the web server, workbench and /healthz alike. The CSP lets
 * a page load only what this server serves: no CDN (office networks are often closed, and nothing
 * from elsewhere may run in a page that shows members' reports), no inline script or style, no
 * framing. ECharts draws on a canvas and sets styles through the DOM, which the CSP allows.
 * Referrer-Policy stays no-referrer, so a sign-in link's token never leaves in a Referer header.
 */
export function workbenchSecureHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
}
