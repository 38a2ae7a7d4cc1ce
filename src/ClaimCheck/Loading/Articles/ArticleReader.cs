using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClaimCheck.Core;

namespace ClaimCheck.Loading.Articles;

/// <summary>Why an article could not be read: the message, and where in the article file (line, column) when it is inside it.</summary>
internal sealed record ArticleProblem(string Message, int Line = 1, int Column = 1);

/// <summary>
/// Reads an article file (.txt, .md, .html/.htm) into an <see cref="Article"/>: bounded, strict UTF-8, never the
/// network. HTML goes through AngleSharp: the text of the article's paragraphs and headings, its title, canonical
/// URL and publication date from meta tags.
/// </summary>
internal static class ArticleReader
{
    /// <summary>The article file types read, by extension.</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>Default largest article read: a long feature is well under 1 MB of text.</summary>
    public const long DefaultMaxBytes = 8L * 1024 * 1024;

    /// <summary>True for a path that is a URL rather than a file (the tool never fetches pages).</summary>
    public static bool LooksLikeUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the article at <paramref name="fullPath"/>, or says why it cannot.</summary>
    public static (Article? Article, ArticleProblem? Problem) Read(string fullPath, long maxBytes = DefaultMaxBytes)
    {
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        if (!Extensions.Contains(extension, StringComparer.Ordinal))
            return (null, new ArticleProblem($"'{Path.GetFileName(fullPath)}' is not an article file ClaimCheck reads: use .txt, .md or .html"));
        if (Directory.Exists(fullPath)) return (null, new ArticleProblem("is a folder, not an article file"));
        if (!File.Exists(fullPath)) return (null, new ArticleProblem("no such file"));

        var diagnostics = new List<Diagnostic>();
        var text = FileReader.ReadText(new CorpusFile(fullPath, Path.GetFileName(fullPath)), new LoadOptions(MaxFileBytes: maxBytes), diagnostics);
        if (text is null)
        {
            var first = diagnostics.FirstOrDefault();
            var message = first?.Message ?? "cannot be read";
            if (first?.Code == DiagnosticDescriptors.LimitExceeded.Code)
                message = string.Create(CultureInfo.InvariantCulture, $"is larger than the article limit of {maxBytes / (1024 * 1024)} MiB; it is not read (is it really one article?)");
            else if (first?.Code == DiagnosticDescriptors.NotUtf8.Code)
                message = "is not UTF-8 text (a binary file, or another encoding): " + first.Message;
            return (null, new ArticleProblem(message, first?.Position.Line ?? 1, first?.Position.Column ?? 1));
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = LineColumn(text, nul);
            return (null, new ArticleProblem("holds a NUL character: a binary file, not an article", line, column));
        }

        return extension is ".html" or ".htm" ? FromHtml(text) : FromText(text, markdown: extension is ".md" or ".markdown");
    }

    /// <summary>An article from text as given (tests and the draft of text already in memory).</summary>
    public static (Article? Article, ArticleProblem? Problem) FromText(string text, bool markdown = false)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) return (null, new ArticleProblem("is empty: there is no article text to read"));

        var lines = SplitLines(text);
        string? title = null;
        var titleLine = 0;
        var firstLine = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(text[l.Start..l.End]));
        if (firstLine is not null)
        {
            var first = text[firstLine.Start..firstLine.End].Trim();
            if (markdown && first.StartsWith("# ", StringComparison.Ordinal)) first = first[2..].Trim();
            if (ReadsAsTitle(first) || (markdown && text[firstLine.Start..firstLine.End].TrimStart().StartsWith("# ", StringComparison.Ordinal)))
            {
                title = first;
                titleLine = firstLine.Number;
            }
        }

        return (ArticleLanguage.Classify(text, lines, titleLine, title, null, null), null);
    }

    /// <summary>
    /// A first line is a title when it is short, has no sentence end and is not a list item: "The Semiconductor
    /// Surge" is, the seeds' one-sentence abstracts ("This in-depth feature explores …, and implications for …") are not.
    /// </summary>
    internal static bool ReadsAsTitle(string line)
    {
        if (line.Length is 0 or > 120) return false;
        if (line[^1] is '.' or ',' or ';' or ':') return false;
        if (line.StartsWith('-') || line.StartsWith('*')) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 16 && !line.Contains(". ", StringComparison.Ordinal);
    }

    private static (Article?, ArticleProblem?) FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var noise in document.QuerySelectorAll("script, style, noscript, template, nav, header, footer, aside, form, svg, iframe").ToList())
            noise.Remove();

        var title = Meta(document, "og:title") ?? document.Title?.Trim();
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        if (canonical is not null && !Syntax.IsHttpUrl(canonical)) canonical = null;
        var published = Date(Meta(document, "article:published_time") ?? Meta(document, "datePublished") ?? Meta(document, "date")
                             ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = new StringBuilder();
        var h1 = root?.QuerySelector("h1")?.TextContent;
        if (root is not null)
        {
            foreach (var block in root.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td"))
            {
                // A block inside another block that is read (a <p> in a <li>) is read once, with its parent.
                if (block.ParentElement?.Closest("p, li, blockquote, figcaption, pre, td") is not null) continue;
                var line = Collapse(block.TextContent);
                if (line.Length > 0) text.Append(line).Append('\n');
            }
        }

        if (text.Length == 0) return (null, new ArticleProblem("is an HTML page with no article body: no paragraphs or headings with text were found"));
        var body = text.ToString();
        var lines = SplitLines(body);
        title ??= h1 is null ? null : Collapse(h1);
        var titleLine = title is not null && lines.Length > 0 && Collapse(body[lines[0].Start..lines[0].End]) == title ? 1 : 0;
        return (ArticleLanguage.Classify(body, lines, titleLine, string.IsNullOrWhiteSpace(title) ? null : Collapse(title), canonical, published), null);
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { Length: > 0 } content)
                return content.Trim();
        }

        return null;
    }

    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ') builder.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    internal static ImmutableArray<ArticleLine> SplitLines(string text)
    {
        var lines = ImmutableArray.CreateBuilder<ArticleLine>();
        var start = 0;
        var number = 1;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lines.Add(new ArticleLine(number++, start, end, start, null));
            start = end + 1;
        }

        return lines.ToImmutable();
    }

    internal static (int Line, int Column) LineColumn(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        return (line, offset - before.LastIndexOf('\n'));
    }
}
