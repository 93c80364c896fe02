package nl.pmohub.marketplace.domain;

/**
 * What is known of a professional's KvK number: not checked yet, only its format (no key for the Chamber of
 * Commerce's API configured: the operator checks it by hand), found in the trade register, or not found there.
 */
public enum KvkCheck { UNVERIFIED, FORMAT_ONLY, VERIFIED, NOT_FOUND }
