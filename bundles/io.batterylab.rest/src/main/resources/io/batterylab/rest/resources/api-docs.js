"use strict";
// Swagger UI over this server's OpenAPI document. A file of its own (not an inline script) so that the page's
// Content-Security-Policy can forbid inline code. Logging in through "POST /api/auth/login" authorizes the page with
// the token it returns, and logging out forgets it; the token lives in this page only (not stored).
window.addEventListener("load", () => {
  const loggedIn = response => response.ok && /\/api\/auth\/login$/.test(new URL(response.url).pathname)
    && response.body && typeof response.body.token === "string";
  const loggedOut = response => response.ok && /\/api\/auth\/logout$/.test(new URL(response.url).pathname);
  window.ui = SwaggerUIBundle({
    url: "openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    layout: "BaseLayout",
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    docExpansion: "list",
    tagsSorter: "alpha",
    tryItOutEnabled: false,
    responseInterceptor: response => {
      if (loggedIn(response)) {
        window.ui.preauthorizeApiKey("bearer", response.body.token);
      } else if (loggedOut(response)) {
        window.ui.authActions.logout(["bearer"]);
      }
      return response;
    }
  });
});
