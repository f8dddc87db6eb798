/**
 * The HTTP surface: JAX-RS resources, JSON shapes, error mappers, authentication filters.
 * The only package besides {@code app} that knows JAX-RS or servlets.
 */
package vn.tonegate.api;
