// Swagger UI over the server's own OpenAPI document (no inline script: the page's CSP forbids it).
window.addEventListener('load', function () {
  var el = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({ url: el.getAttribute('data-spec'), dom_id: '#swagger-ui', deepLinking: true });
});
