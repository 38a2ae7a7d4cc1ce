using System.Globalization;
using System.Text;
using ClaimCheck.Import;
using ClaimCheck.Loading.Articles;
using ClaimCheck.Core;

namespace ClaimCheck.Drafting;

/// <summary>What to draft from: the article, the id of its source, where the claim file's <c>text</c> points.</summary>
/// <param name="Article">The article as read.</param>
/// <param name="SourceId">The new source's id (from the article's file name).</param>
/// <param name="TextPath">The article's path relative to the claim file's folder, forward slashes.</param>
/// <param name="FallbackTitle">The title to use when the article gives none.</param>
internal sealed record DraftInput(Article Article, string SourceId, string TextPath, string FallbackTitle);

/// <summary>
/// Writes a claim file from an article (<c>claimcheck draft</c>): one claim per figure the article states, the
/// sentence as verbatim quote, period and status from its wording, and a subject key from the corpus (when given and
/// a subject scores at least the ranker's threshold) or made from the sentence's words. Deterministic.
/// </summary>
internal static class ClaimDrafter
{
    /// <summary>Most claims one draft proposes (a table of thousands of figures is not an article).</summary>
    public const int MaxClaims = 2_000;

    public static string Draft(DraftInput input, SubjectMatcher? matcher)
    {
        var article = input.Article;
        var yaml = new StringBuilder();
        yaml.Append("# Drafted by 'claimcheck draft' from ").Append(input.TextPath)
            .Append(": read every claim against the article, fix subjects and values, delete what is not a claim.\n");
        var skipped = article.Lines.Where(l => l.Skipped is not null).ToList();
        if (skipped.Count > 0)
        {
            yaml.Append("# Not part of the article (no claim is taken from them):\n");
            foreach (var line in skipped)
            {
                var text = article.Text[line.Start..(line.WhollySkipped ? line.End : line.BodyStart)].Trim();
                yaml.Append(CultureInfo.InvariantCulture, $"#   line {line.Number}: {Comment(text)} ({line.Skipped})\n");
            }
        }

        yaml.Append("source:\n");
        yaml.Append("  id: ").Append(input.SourceId).Append('\n');
        yaml.Append("  title: ").Append(YamlText.Quote(article.Title ?? input.FallbackTitle)).Append(article.Title is null ? "   # from the file name: give the article's title\n" : "\n");
        if (article.CanonicalUrl is { } url) yaml.Append("  url: ").Append(YamlText.Quote(url)).Append('\n');
        if (article.Published is { } published) yaml.Append("  published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("  text: ").Append(YamlText.Quote(input.TextPath)).Append('\n');
        yaml.Append("claims:\n");

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var madeKeys = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (start, end) in Sentences.Split(article))
        {
            var sentence = article.Text[start..end];
            foreach (var figure in FigureFinder.Find(article.Text, start, end, article.Published))
            {
                if (++count > MaxClaims) break;
                var candidates = matcher?.Rank(new SubjectQuery(sentence, figure.Clause), figure.Quantity) ?? [];
                var made = MadeKey(input.SourceId, article.Text, start, end, figure);
                var segment = made[(made.IndexOf('.', StringComparison.Ordinal) + 1)..];
                made = input.SourceId + "." + Unique(madeKeys, segment);
                var useCorpus = candidates.Count > 0 && candidates[0].Score >= matcher!.Threshold;
                var subject = useCorpus ? candidates[0].Key : made;
                var id = Unique(ids, IdSlug.Id(subject[(subject.LastIndexOf('.') + 1)..]));
                yaml.Append("  - id: ").Append(id).Append('\n');
                if (!useCorpus && candidates.Count > 0)
                {
                    yaml.Append("    # closest corpus subjects: ")
                        .AppendJoin(", ", candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} ({c.Score:0.0})")))
                        .Append('\n');
                }

                yaml.Append("    subject: ").Append(subject).Append('\n');
                // A year alone is written bare where the subject takes dates ("1994"), else with its "in" ("in 1994"), which reads as a date anywhere.
                var value = useCorpus && figure.BareYear is { } year && matcher!.TakesDates(subject) ? year : figure.Value;
                yaml.Append("    value: ").Append(YamlText.Quote(value)).Append('\n');
                if (figure.Period is { } period) yaml.Append("    period: ").Append(YamlText.Quote(period)).Append('\n');
                if (figure.Status != ClaimStatus.Reported) yaml.Append("    status: ").Append(StatusWords.Of(figure.Status)).Append('\n');
                yaml.Append("    quote: ").Append(YamlText.Quote(sentence)).Append('\n');
                if (figure.AttributedTo is { } who) yaml.Append("    attributed-to: ").Append(YamlText.Quote(who)).Append('\n');
            }
        }

        if (count == 0)
        {
            // A claim file needs a claim to validate; say plainly that none was found.
            yaml.Append("  - id: no-figure-found\n    subject: ").Append(input.SourceId).Append(".no-figure-found\n")
                .Append("    value: \"no figure found\"   # the draft found no figure in the article: write the claims by hand\n");
        }

        return yaml.ToString();
    }

    /// <summary>A key from the sentence: the source id, then up to three content words after the figure (else before it).</summary>
    private static string MadeKey(string sourceId, string text, int start, int end, Figure figure)
    {
        var after = SubjectMatcher.Terms(text[figure.End..end]).Take(3).ToList();
        var words = after.Count >= 2 ? after : [.. SubjectMatcher.Terms(text[start..figure.Start]).TakeLast(3 - after.Count), .. after];
        var segment = IdSlug.Id(string.Join(' ', words));
        return sourceId + "." + (segment.Length == 0 ? "figure" : segment);
    }

    private static string Unique(HashSet<string> ids, string id)
    {
        if (id.Length == 0) id = "claim";
        if (ids.Add(id)) return id;
        for (var n = 2; ; n++)
        {
            var next = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
            if (ids.Add(next)) return next;
        }
    }

    /// <summary>Text for a comment: one line, no control or bidirectional characters.</summary>
    private static string Comment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u2028' or '\u2029')
                builder.Append(' ');
            else
                builder.Append(c);
        }

        return builder.ToString();
    }
}
