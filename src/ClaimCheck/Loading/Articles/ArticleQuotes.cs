using ClaimCheck.Core;

namespace ClaimCheck.Loading.Articles;

/// <summary>
/// <c>source.text</c>: reads the article a claim file names and checks every quote against it (contract section 1,
/// "Quotes against the article"). A missing or unreadable article is an error at the <c>text</c> key; a quote not in
/// the article, or in a line that is not the article's, is a warning at the quote.
/// </summary>
internal static class ArticleQuotes
{
    private const int MaxShownPassage = 160;

    public static void Check(RawClaimFile file, RawScalar textKey, string claimFilePath, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var written = textKey.Text.Trim();
        if (ArticleReader.LooksLikeUrl(written))
        {
            diagnostics.Add(DiagnosticDescriptors.ArticleUnreadable.At(textKey.Position,
                $"text '{written}' is a URL; ClaimCheck never fetches pages: save the article beside the claim file and give its relative path"));
            return;
        }

        var folder = Path.GetDirectoryName(claimFilePath) ?? ".";
        var path = Path.GetFullPath(written, folder);
        var (article, problem) = ArticleReader.Read(path, options.MaxArticleBytes);
        if (article is null)
        {
            var where = problem!.Line > 1 || problem.Column > 1 ? $" (at line {problem.Line}, column {problem.Column} of it)" : string.Empty;
            diagnostics.Add(DiagnosticDescriptors.ArticleUnreadable.At(textKey.Position, $"text '{written}': {problem.Message}{where}"));
            return;
        }

        file.Source!.Article = article;
        var finder = new QuoteFinder(article);
        foreach (var claim in file.Claims)
        {
            if (claim.Quote is not { } quote || string.IsNullOrWhiteSpace(quote.Text)) continue;
            var (check, inSkipped) = finder.Find(quote.Text);
            claim.QuoteCheck = check;
            if (inSkipped)
            {
                var line = article.LineAt(check.Offset!.Value);
                diagnostics.Add(DiagnosticDescriptors.QuoteInSkippedLine.At(quote.Position,
                    $"quote lies in line {line.Number} of '{written}', in text that is not part of the article ({line.Skipped}); quote the article's own words"));
            }
            else if (!check.Found)
            {
                var closest = finder.Closest(quote.Text);
                diagnostics.Add(DiagnosticDescriptors.QuoteNotInArticle.At(quote.Position,
                    $"quote is not in the article '{written}'" + (closest is null
                        ? "; no passage of it shares a word with the quote"
                        : $"; did you mean \"{Shorten(closest)}\"?")));
            }
        }
    }

    private static string Shorten(string passage)
    {
        var flat = string.Join(' ', passage.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length > MaxShownPassage) flat = flat[..MaxShownPassage] + "…";
        // Article text reaches the terminal in this message: no control or bidirectional character goes through raw.
        var safe = new System.Text.StringBuilder(flat.Length);
        foreach (var c in flat)
        {
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F')
                safe.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                safe.Append(c);
        }

        return safe.ToString();
    }
}
