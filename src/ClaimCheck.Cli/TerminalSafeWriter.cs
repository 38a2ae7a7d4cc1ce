using System.Globalization;
using System.Text;
using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// Everything the tool prints goes through this writer: control characters (C0, DEL, C1: ESC starts terminal escape
/// sequences, CR and LF forge lines), and bidirectional overrides and isolates are shown escaped (<c>\x1b</c>,
/// <c>\u202e</c>), so no input text (titles, values, keys, file names) can forge a line or drive the terminal. Only the
/// line ends the tool writes itself (<see cref="WriteLine()"/>) reach the terminal as line ends.
/// With <c>colour</c>, <see cref="Write(string, Tone)"/> wraps the already escaped text in the colour codes of its tone
/// (Spectre.Console's ANSI writer, which reads no markup): the codes are the tool's, never the input's.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner, bool colour = false) : TextWriter
{
    private readonly AnsiWriter? ansi = colour
        ? new AnsiWriter(inner, new AnsiCapabilities { Ansi = true, ColorSystem = ColorSystem.Standard, Links = false })
        : null;

    /// <summary>The writer underneath, for bytes that are not terminal text (a report written to standard output).</summary>
    public TextWriter Inner { get; } = inner;

    /// <summary>Whether <see cref="Write(string, Tone)"/> colours its text.</summary>
    public bool Colour => ansi is not null;

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

    /// <summary>Writes <paramref name="value"/> escaped, in the colour of <paramref name="tone"/> when this writer has colour.</summary>
    public void Write(string value, Tone tone)
    {
        if (ansi is null || tone == Tone.Plain) Write(value);
        else ansi.Write(Escaped(value), StyleOf(tone));
    }

    /// <summary><see cref="Write(string, Tone)"/>, then a line end.</summary>
    public void WriteLine(string value, Tone tone)
    {
        Write(value, tone);
        Inner.WriteLine();
    }

    private static Style StyleOf(Tone tone) => tone switch
    {
        Tone.Error or Tone.Conflict => new Style(Color.Red, decoration: Decoration.Bold),
        Tone.Warning or Tone.Tension => new Style(Color.Yellow),
        Tone.Good => new Style(Color.Green),
        Tone.Strong => new Style(decoration: Decoration.Bold),
        Tone.Faint => new Style(decoration: Decoration.Dim),
        _ => Style.Plain,
    };

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

    /// <summary>
    /// Prints a document the tool made (a claim-file skeleton or draft: YAML, whose own quoting escapes control
    /// characters) line by line, so its line ends stay line ends while anything else is still escaped.
    /// </summary>
    public static void WriteDocument(TextWriter output, string document)
    {
        var lines = document.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0) break; // the document's own final line end
            output.WriteLine(lines[i]);
        }
    }

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

/// <summary>What a piece of printed text is, which decides its colour on a terminal.</summary>
internal enum Tone
{
    /// <summary>Uncoloured.</summary>
    Plain,

    /// <summary>An error diagnostic's severity word.</summary>
    Error,

    /// <summary>A warning diagnostic's severity word.</summary>
    Warning,

    /// <summary>A conflict verdict.</summary>
    Conflict,

    /// <summary>A tension verdict.</summary>
    Tension,

    /// <summary>What went well (a file written).</summary>
    Good,

    /// <summary>What the eye should find first (a subject key).</summary>
    Strong,

    /// <summary>What matters less (the articles named, "and N more").</summary>
    Faint,
}
