/**
 * Wiring and configuration: the one place that reads settings (environment variables and
 * system properties) and builds the object graph. Everything else receives what it needs
 * through its constructor.
 */
package vn.tonegate.app;
