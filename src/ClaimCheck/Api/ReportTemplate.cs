using System.Collections.Immutable;
using ClaimCheck.Core;
using ClaimCheck.Reporting.Html;

namespace ClaimCheck;

/// <summary>A Scriban template for the HTML report, parsed once (docs/html-report.md lists the names it sees).</summary>
public sealed class ReportTemplate
{
    /// <summary>Largest template read from a file, in bytes.</summary>
    public const int MaxFileBytes = 4 * 1024 * 1024;

    private ReportTemplate(Scriban.Template? parsed, string name, ImmutableArray<Diagnostic> diagnostics)
    {
        Parsed = parsed;
        Name = name;
        Diagnostics = diagnostics;
    }

    internal Scriban.Template? Parsed { get; }

    /// <summary>The name diagnostics give the template (its file name).</summary>
    public string Name { get; }

    /// <summary>Problems found while reading or parsing it (CC0501), with line and column.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether it parsed and can render.</summary>
    public bool IsValid => Parsed is not null;

    /// <summary>The built-in template.</summary>
    public static ReportTemplate Default { get; } = Parse(HtmlReportWriter.DefaultTemplateText, "report.html.sbn");

    /// <summary>Parses template text; <paramref name="name"/> is what diagnostics call it.</summary>
    public static ReportTemplate Parse(string text, string name = "template.sbn")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var (parsed, diagnostics) = HtmlReportWriter.ParseTemplate(text, name);
        return new ReportTemplate(parsed, name, diagnostics);
    }

    /// <summary>Reads and parses a template file (at most <see cref="MaxFileBytes"/>); a file that cannot be read gives CC0501.</summary>
    public static ReportTemplate Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var shown = Core.DisplayPath.Of(path);
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return Failed(shown, "cannot read the template: it is a folder; give the template's file");
            if (!info.Exists) return Failed(shown, "cannot read the template: no such file");
            // A FIFO would block the run and a device read without end (or, as /dev/zero, be mistaken for a large file): never opened.
            if (Core.UnixFileType.Of(path) is { } type && type != Core.UnixFileType.Regular)
                return Failed(shown, "cannot read the template: not a regular file (a device, a pipe or a socket); it is not opened");
            if ((info.Attributes & FileAttributes.Directory) != 0 || info.Length > MaxFileBytes)
                return Failed(shown, $"cannot read the template: it is larger than {MaxFileBytes / (1024 * 1024)} MiB or not a regular file");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (!stream.CanSeek) return Failed(shown, "cannot read the template: not a regular file");
            using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
            var buffer = new char[MaxFileBytes + 1];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            if (read > MaxFileBytes) return Failed(shown, $"cannot read the template: it is larger than {MaxFileBytes / (1024 * 1024)} MiB");
            return Parse(new string(buffer, 0, read), shown);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            return Failed(shown, "cannot read the template: " + e.Message);
        }
    }

    private static ReportTemplate Failed(string name, string message) =>
        new(null, name, [DiagnosticDescriptors.TemplateUnreadable.At(new SourcePosition(name, 1, 1), message)]);
}
