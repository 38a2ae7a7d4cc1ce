namespace ClaimCheck.Cli;

/// <summary>
/// Where the tool's two streams go: a terminal or not, and whether the environment forbids colour. Colour and progress
/// are for people at a terminal only: a stream that is redirected (a file, a pipe, a test's writer) gets plain,
/// deterministic text, so the same input prints the same bytes.
/// </summary>
/// <param name="OutputIsTerminal">Standard output is a terminal.</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal.</param>
/// <param name="ColourAllowed">Neither <c>NO_COLOR</c> (any non-empty value, no-color.org) nor <c>TERM=dumb</c> is set.</param>
/// <param name="CursorAllowed">The terminal can move its cursor (not <c>TERM=dumb</c>), which a progress display needs.</param>
internal sealed record Terminal(bool OutputIsTerminal, bool ErrorIsTerminal, bool ColourAllowed, bool CursorAllowed)
{
    /// <summary>Both streams redirected: what tests that call <see cref="CommandLine.Run(string[], TextWriter, TextWriter)"/> get.</summary>
    public static Terminal Redirected { get; } = new(false, false, false, false);

    /// <summary>The process's own streams and environment.</summary>
    public static Terminal Detect()
    {
        var dumb = string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        var noColour = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, !noColour && !dumb, !dumb);
    }
}
