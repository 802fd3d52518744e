package org.dyad.server;

/**
 * Paths of the browser libraries, served from their WebJars on the classpath under
 * {@code /webjars}. The versions must match the WebJar versions in the server's pom (a test
 * checks that every path here exists on the classpath).
 */
final class Assets {
  private Assets() {}

  static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
  static final String D3 = "/webjars/d3/7.9.0/dist/d3.min.js";
  static final String SWAGGER_JS = "/webjars/swagger-ui/5.18.2/swagger-ui-bundle.js";
  static final String SWAGGER_CSS = "/webjars/swagger-ui/5.18.2/swagger-ui.css";

  /** Every path above, for the test. */
  static final String[] ALL = {CYTOSCAPE, D3, SWAGGER_JS, SWAGGER_CSS};
}
