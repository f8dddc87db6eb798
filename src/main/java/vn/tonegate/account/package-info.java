/**
 * Console accounts (admin, webmaster, supervisor): password hashing with a standard key
 * derivation function and their SQL storage. Sits beside {@code ledger}, below {@code api}.
 */
package vn.tonegate.account;
