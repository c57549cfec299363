package jp.renkei.portal.platform.rest;

/** The body of every API error: a stable code for programs and a message for people. */
public record ApiError(String error, String message) {}
