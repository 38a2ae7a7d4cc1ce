using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Core;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Renders the HTML consistency report: one self-contained offline page from a Scriban template
/// (the built-in <c>templates/report.html.sbn</c>, or a user's), with every output HTML-escaped by
/// default and a Content-Security-Policy that allows exactly the page's own inline script and style.
/// </summary>
internal static partial class HtmlReportWriter
{
    /// <summary>The manifest resource name of the built-in template.</summary>
    public const string DefaultTemplateResource = "ClaimCheck.Templates.report.html.sbn";

    /// <summary>Where a template puts the policy: <c>&lt;meta http-equiv="Content-Security-Policy" content="{{ csp }}"&gt;</c>.</summary>
    internal const string CspPlaceholder = "claimcheck-csp-placeholder";

    private static readonly Lazy<Template> DefaultTemplate = new(() =>
    {
        var (template, diagnostics) = ParseTemplate(DefaultTemplateText, DefaultTemplateResource);
        return template ?? throw new InvalidOperationException("The built-in template does not parse: " + string.Join("; ", diagnostics));
    });

    /// <summary>The text of the built-in template.</summary>
    public static string DefaultTemplateText
    {
        get
        {
            using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream(DefaultTemplateResource)
                ?? throw new InvalidOperationException("The built-in template resource " + DefaultTemplateResource + " is missing.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    /// <summary>
    /// Renders the report. <paramref name="embeddedJson"/> (the JSON report) is embedded in
    /// <c>&lt;script type="application/json" id="claimcheck-data"&gt;</c>, escaped so it cannot end the element.
    /// </summary>
    /// <param name="report">The report to show.</param>
    /// <param name="embeddedJson">The JSON report text (any text: it is escaped, never trusted); null when it is
    /// too large to embed (<see cref="JsonReportWriter.ToJsonWithin"/>), and the page says the data is omitted.</param>
    /// <param name="options">Template and size limits; null for the defaults.</param>
    /// <returns>The HTML, or CC0501/CC0502 diagnostics when a user template cannot be read, parsed or rendered.</returns>
    public static HtmlRenderResult Render(CheckReport report, string? embeddedJson, HtmlReportOptions? options = null)
    {
        var diagnostics = RenderPage(report, embeddedJson, options, out var page);
        return page is null ? new HtmlRenderResult(null, diagnostics) : new HtmlRenderResult(ApplyCsp(page), diagnostics);
    }

    /// <summary>
    /// Renders the report as <see cref="Render"/> does, writing the page to <paramref name="writer"/> instead of
    /// returning it: the page is not copied once more to put its policy in. Nothing is written when rendering fails.
    /// </summary>
    /// <returns>The same diagnostics as <see cref="Render"/>; an error means nothing was written.</returns>
    public static ImmutableArray<Diagnostic> RenderTo(CheckReport report, string? embeddedJson, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var diagnostics = RenderPage(report, embeddedJson, options, out var page);
        if (page is not null)
        {
            var (start, length, meta) = Csp(page);
            writer.Write(page.AsSpan(0, start));
            writer.Write(meta);
            writer.Write(page.AsSpan(start + length));
        }

        return diagnostics;
    }

    // The page before its policy is put in, or null and the diagnostics that say why not.
    private static ImmutableArray<Diagnostic> RenderPage(CheckReport report, string? embeddedJson, HtmlReportOptions? options, out string? page)
    {
        page = null;
        ArgumentNullException.ThrowIfNull(report);
        options ??= new HtmlReportOptions();

        Template template;
        var path = options.TemplatePath;
        if (options.Template is not null)
        {
            template = options.Template;
            path = options.TemplateName;
        }
        else if (path is null)
        {
            template = DefaultTemplate.Value;
        }
        else
        {
            string text;
            try
            {
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return [DiagnosticDescriptors.TemplateUnreadable.At(new SourcePosition(path, 1, 1), "cannot read the template: " + e.Message)];
            }

            var (parsed, diagnostics) = ParseTemplate(text, path);
            if (parsed is null)
            {
                return diagnostics;
            }

            template = parsed;
        }

        var context = new HtmlTemplateContext(HtmlViewModel.Build(report, embeddedJson, options), options.MaxRenderTime);
        try
        {
            page = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return [DiagnosticDescriptors.TemplateFailed.At(Position(e.Span, path ?? DefaultTemplateResource), "the template failed: " + e.OriginalMessage)];
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException)
        {
            return [DiagnosticDescriptors.TemplateFailed.At(new SourcePosition(path ?? DefaultTemplateResource, 1, 1), "the template failed: " + e.Message)];
        }

        return [];
    }

    /// <summary>Parses a Scriban template; a template with errors gives null and CC0501 diagnostics (1-based line and column).</summary>
    /// <param name="templateText">The template's text.</param>
    /// <param name="templatePath">The file name shown in diagnostics.</param>
    /// <returns>The template, or null and its errors; warnings are returned either way.</returns>
    public static (Template? Template, ImmutableArray<Diagnostic> Diagnostics) ParseTemplate(string templateText, string templatePath)
    {
        ArgumentNullException.ThrowIfNull(templateText);
        ArgumentNullException.ThrowIfNull(templatePath);
        if (HugeNumber(templateText, templatePath) is { } huge) return (null, [huge]);
        Template template;
        try
        {
            template = Template.Parse(templateText, templatePath);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or InvalidCastException)
        {
            // Scriban's parser itself fails on some broken templates (found by fuzzing: a malformed `for` makes it print
            // an expression it cannot print, NotSupportedException): that is still a template that does not parse.
            return (null, [DiagnosticDescriptors.TemplateUnreadable.At(new SourcePosition(templatePath, 1, 1), $"the template does not parse: Scriban stopped with '{e.Message}'")]);
        }

        var diagnostics = template.Messages
            .Select(m => m.Type == ParserMessageType.Error
                ? DiagnosticDescriptors.TemplateUnreadable.At(Position(m.Span, templatePath), m.Message)
                : DiagnosticDescriptors.TemplateUnreadable.WarningAt(Position(m.Span, templatePath), m.Message))
            .ToImmutableArray();
        return (template.HasErrors ? null : template, diagnostics);
    }

    /// <summary>
    /// A number in a template's code that Scriban would read as a huge integer: over 100 digits, or an exponent of four
    /// digits or more (<c>{{ 1E3333333 }}</c>, found by fuzzing). Scriban builds it as a BigInteger while parsing, before any
    /// time limit applies: one such number took over a minute, a 3-million-digit one two. Doubles end at E308, so no
    /// report needs either. Only code (<c>{{ … }}</c>) is looked at: page text may say anything.
    /// </summary>
    private static Diagnostic? HugeNumber(string text, string path)
    {
        for (var start = text.IndexOf("{{", StringComparison.Ordinal); start >= 0; start = text.IndexOf("{{", start, StringComparison.Ordinal))
        {
            var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            var match = HugeNumberPattern().Match(text, start, end - start);
            if (match.Success)
            {
                var before = text.AsSpan(0, match.Index);
                var at = new SourcePosition(path, before.Count('\n') + 1, match.Index - before.LastIndexOf('\n'));
                return DiagnosticDescriptors.TemplateUnreadable.At(at,
                    "a number of over 100 digits, or with an exponent of four digits or more: no report needs one, and reading it would take minutes");
            }

            start = end;
        }

        return null;
    }

    // Any digit starts one: Scriban reads '.3E33333333' after a name as a number too (the fuzzer's second find, 32 s).
    [GeneratedRegex(@"\d(?:[\d_]{100,}|[\d_.]*[eE][+-]?\d{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex HugeNumberPattern();

    /// <summary>
    /// Replaces the placeholder in the page's CSP meta element with a policy allowing exactly the
    /// inline scripts and styles of the rendered page (by SHA-256), and nothing from anywhere else.
    /// Data cannot forge either: every <c>&lt;</c> in data is escaped.
    /// </summary>
    internal static string ApplyCsp(string html)
    {
        var (start, length, meta) = Csp(html);
        return length == 0 ? html : string.Concat(html.AsSpan(0, start), meta, html.AsSpan(start + length));
    }

    // Where the placeholder meta element is (length 0 when there is none) and the element with the policy in.
    private static (int Start, int Length, string Meta) Csp(string html)
    {
        var scripts = InlineScript().Matches(html)
            .Where(m => !IsDataBlock(m.Groups["attrs"].Value))
            .Select(m => Hash(m.Groups["body"].Value)).Distinct(StringComparer.Ordinal);
        var styles = InlineStyle().Matches(html).Select(m => Hash(m.Groups["body"].Value)).Distinct(StringComparer.Ordinal);
        var policy = "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'"
            + "; style-src " + Sources(styles) + "; script-src " + Sources(scripts);
        var meta = CspMeta().Match(html);
        return meta.Success ? (meta.Index, meta.Length, meta.Value.Replace(CspPlaceholder, policy, StringComparison.Ordinal)) : (0, 0, string.Empty);
    }

    // JSON and JSON-LD blocks are data, never run, so the policy need not (and should not) allow them.
    private static bool IsDataBlock(string attributes) =>
        attributes.Contains("application/json", StringComparison.OrdinalIgnoreCase)
        || attributes.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase);

    private static string Sources(IEnumerable<string> hashes)
    {
        var list = hashes.Select(h => "'sha256-" + h + "'").ToList();
        return list.Count == 0 ? "'none'" : string.Join(' ', list);
    }

    private static string Hash(string body) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    private static SourcePosition Position(SourceSpan span, string file) =>
        new(file, Math.Max(0, span.Start.Line) + 1, Math.Max(0, span.Start.Column) + 1);

    [GeneratedRegex("<script(?<attrs>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style[^>]*>(?<body>.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CspPlaceholder + "\">", RegexOptions.CultureInvariant)]
    private static partial Regex CspMeta();
}
