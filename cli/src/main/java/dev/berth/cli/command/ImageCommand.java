package dev.berth.cli.command;

/**
 * A command that takes {@code IMAGE [--] [COMMAND...]}: option parsing stops at IMAGE, so the
 * container's own options ({@code sh -c ...}) are never taken for berth's.
 */
public interface ImageCommand {}
