using System.Globalization;
using ClaimCheck.Core;

namespace ClaimCheck.Cli;

/// <summary>How much the tool prints besides what a command exists to print (a report on '-', a skeleton, a draft, a list).</summary>
internal enum Verbosity
{
    /// <summary>Errors only: no summary, no <c>wrote</c> lines, no warnings, no progress.</summary>
    Quiet,

    /// <summary>The summary (at most 20 subjects per verdict), every diagnostic, <c>wrote</c> lines.</summary>
    Normal,

    /// <summary>As normal, and every subject of every verdict with every finding.</summary>
    Detailed,
}

/// <summary>
/// One run of the tool: its two streams as the terminal and the global options (<c>--verbosity</c>, <c>-q</c>,
/// <c>--no-color</c>) make them. Every line goes through a <see cref="TerminalSafeWriter"/>; colour only where that
/// stream is a terminal and <c>NO_COLOR</c> is unset.
/// </summary>
internal sealed class Session
{
    private readonly TextWriter output;
    private readonly TextWriter error;

    public Session(TextWriter output, TextWriter error, Terminal terminal)
    {
        this.output = output is TerminalSafeWriter safeOutput ? safeOutput.Inner : output;
        this.error = error is TerminalSafeWriter safeError ? safeError.Inner : error;
        Terminal = terminal;
        Configure(noColour: false, Verbosity.Normal);
    }

    /// <summary>Where the streams go.</summary>
    public Terminal Terminal { get; }

    /// <summary>Standard output, escaped.</summary>
    public TerminalSafeWriter Out { get; private set; } = null!;

    /// <summary>Standard error, escaped.</summary>
    public TerminalSafeWriter Error { get; private set; } = null!;

    /// <summary>Standard output as given, for bytes that are not terminal text (a report written to '-').</summary>
    public TextWriter RawOutput => output;

    /// <summary>Standard error as given, for the progress display (its own cursor codes, no input text).</summary>
    public TextWriter RawError => error;

    /// <summary>How much to print.</summary>
    public Verbosity Verbosity { get; private set; }

    /// <summary>Whether a long run shows progress on standard error: a terminal that moves its cursor, and not quiet.</summary>
    public bool Progress => Terminal.ErrorIsTerminal && Terminal.CursorAllowed && Verbosity != Verbosity.Quiet;

    /// <summary>Sets colour and verbosity from the parsed global options.</summary>
    public void Configure(bool noColour, Verbosity verbosity)
    {
        var colour = Terminal.ColourAllowed && !noColour;
        Out = new TerminalSafeWriter(output, colour && Terminal.OutputIsTerminal);
        Error = new TerminalSafeWriter(error, colour && Terminal.ErrorIsTerminal);
        Verbosity = verbosity;
    }

    /// <summary>Prints diagnostics one a line, compiler style, on standard error; quiet prints the errors only.</summary>
    public void PrintDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var isError = diagnostic.Severity == Severity.Error;
            if (!isError && Verbosity == Verbosity.Quiet) continue;
            Error.Write(string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Position}: "));
            Error.Write(isError ? "error" : "warning", isError ? Tone.Error : Tone.Warning);
            Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {diagnostic.Code}: {diagnostic.Message}"));
        }
    }

    /// <summary>A usage or user error: <c>claimcheck: message</c> on standard error, printed at every verbosity.</summary>
    public void Fail(string message) => Error.WriteLine("claimcheck: " + message);

    /// <summary>The <c>wrote FILE</c> line of a file the tool wrote (<paramref name="shown"/>: as <see cref="Shown"/> gives it), on <paramref name="to"/> (standard output by default); not when quiet.</summary>
    public void Wrote(string shown, TerminalSafeWriter? to = null)
    {
        if (Verbosity == Verbosity.Quiet) return;
        to ??= Out;
        to.Write("wrote", Tone.Good);
        to.WriteLine(" " + shown);
    }

    /// <summary>A path as the tool shows it: relative to the working directory, forward slashes.</summary>
    public static string Shown(string path) => Core.DisplayPath.Of(Path.GetFullPath(path));

    /// <summary>A line of a command's own summary (counts), not printed when quiet.</summary>
    public void Summary(string line)
    {
        if (Verbosity != Verbosity.Quiet) Out.WriteLine(line);
    }
}
