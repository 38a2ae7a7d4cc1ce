using System.Globalization;
using System.Text;

namespace ClaimCheck.Cli;

/// <summary>
/// Everything the tool prints goes through this writer: control characters (C0, DEL, C1: ESC starts terminal escape
/// sequences, CR and LF forge lines), and bidirectional overrides and isolates are shown escaped (<c>\x1b</c>,
/// <c>\u202e</c>), so no input text (titles, values, keys, file names) can forge a line or drive the terminal. Only the
/// line ends the tool writes itself (<see cref="WriteLine()"/>) reach the terminal as line ends.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath, for bytes that are not terminal text (a report written to standard output).</summary>
    public TextWriter Inner { get; } = inner;

    /// <inheritdoc />
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (NeedsEscape(value)) Inner.Write(Escape(value));
        else Inner.Write(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null) return;
        if (!value.Any(NeedsEscape))
        {
            Inner.Write(value);
            return;
        }

        var text = new StringBuilder(value.Length + 16);
        foreach (var c in value) text.Append(NeedsEscape(c) ? Escape(c) : c);
        Inner.Write(text.ToString());
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine() => Inner.WriteLine();

    /// <inheritdoc />
    public override void WriteLine(string? value)
    {
        Write(value);
        Inner.WriteLine();
    }

    /// <inheritdoc />
    public override void Flush() => Inner.Flush();

    /// <summary>Escapes <paramref name="text"/> as this writer would print it.</summary>
    public static string Escaped(string text)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new TerminalSafeWriter(writer).Write(text);
        return writer.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (c < 0x20 && c != '\t') || c == 0x7f || (c >= 0x80 && c <= 0x9f)
        || c is '\u061c' or '\u200e' or '\u200f' or >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069';

    private static string Escape(char c) =>
        c < 0x100 ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}") : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
}
