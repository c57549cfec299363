package jp.renkei.portal.platform.web;

/**
 * A person's step succeeded (fired by {@link Steps}): whatever was worked out for them before — the
 * inbox's count, say — may be out of date now.
 */
public record StepTaken(String username) {}
