using System.Globalization;

namespace ClaimCheck.Core;

/// <summary>How bad a diagnostic is. Errors make <c>validate</c> and <c>check</c> exit with 2.</summary>
public enum Severity
{
    /// <summary>Worth fixing; the input is still used.</summary>
    Warning,

    /// <summary>The input is invalid; what could be read is still used.</summary>
    Error,
}

/// <summary>One problem in the user's input, with its stable code and its place.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">Stable code such as <c>CC0102</c>, documented in docs/diagnostics.md.</param>
/// <param name="Message">One sentence saying what is wrong and, where possible, how to fix it.</param>
/// <param name="Position">Where it is.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourcePosition Position)
{
    /// <summary>The compiler-style line: <c>file(line,col): error CC0102: message</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Position}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}");

    /// <summary>An error at a position.</summary>
    public static Diagnostic Error(string code, SourcePosition at, string message) => new(Severity.Error, code, message, at);

    /// <summary>A warning at a position.</summary>
    public static Diagnostic Warning(string code, SourcePosition at, string message) => new(Severity.Warning, code, message, at);
}
