using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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
internal static partial class ClaimDrafter
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
        var entities = matcher?.Entities ?? new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var (start, end) in Sentences.Split(article))
        {
            var sentence = article.Text[start..end];
            var figures = FigureFinder.Find(article.Text, start, end, article.Published);
            var figureSubjects = new List<(Figure Figure, string Subject)>();
            foreach (var figure in figures)
            {
                if (++count > MaxClaims) break;
                var candidates = matcher?.Rank(new SubjectQuery(sentence, figure.Clause), figure.Quantity) ?? [];
                var useCorpus = candidates.Count > 0 && candidates[0].Score >= matcher!.Threshold;
                var subject = useCorpus ? candidates[0].Key : Unique(madeKeys, MadeKey(input.SourceId, entities, article.Text, start, end, figure));
                // A year alone is written bare where the subject takes dates ("1994"), else with its "in" ("in 1994"), which reads as a date anywhere.
                var value = useCorpus && figure.BareYear is { } year && matcher!.TakesDates(subject) ? year : figure.Value;
                Append(yaml, ids, subject, useCorpus ? [] : candidates, "value", value, figure.Period, figure.Status, sentence, figure.AttributedTo);
                figureSubjects.Add((figure, subject));
            }

            var attributed = FigureFinder.Attribution(sentence);
            foreach (var comparing in CompareFinder.Find(article.Text, start, end))
            {
                if (++count > MaxClaims) break;
                var (subject, target, candidates) = Comparison(input.SourceId, entities, matcher, madeKeys, article.Text, start, end, comparing, figureSubjects);
                if (subject == target) continue;
                // "a contribution matched by the Bettencourt family": the one who matches is the same as the one matched.
                if (comparing.Operator == "same-as" && comparing.Passive) (subject, target) = (target, subject);
                var clause = article.Text[start..end];
                Append(yaml, ids, subject, candidates, "compare", comparing.Operator + " " + target, FigureFinder.Period(clause, article.Published), FigureFinder.Status(clause), sentence, attributed);
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

    private static void Append(StringBuilder yaml, HashSet<string> ids, string subject, List<SubjectCandidate> candidates, string kind, string value, string? period, ClaimStatus status, string sentence, string? attributedTo)
    {
        var id = Unique(ids, IdSlug.Id(subject[(subject.LastIndexOf('.') + 1)..]) + (kind == "compare" ? "-comparison" : string.Empty));
        yaml.Append("  - id: ").Append(id).Append('\n');
        if (candidates.Count > 0)
        {
            yaml.Append("    # closest corpus subjects: ")
                .AppendJoin(", ", candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} ({c.Score:0.0})")))
                .Append('\n');
        }

        yaml.Append("    subject: ").Append(subject).Append('\n');
        yaml.Append("    ").Append(kind).Append(": ").Append(kind == "compare" ? value : YamlText.Quote(value)).Append('\n');
        if (period is not null) yaml.Append("    period: ").Append(YamlText.Quote(period)).Append('\n');
        if (status != ClaimStatus.Reported) yaml.Append("    status: ").Append(StatusWords.Of(status)).Append('\n');
        yaml.Append("    quote: ").Append(YamlText.Quote(sentence)).Append('\n');
        if (attributedTo is not null) yaml.Append("    attributed-to: ").Append(YamlText.Quote(attributedTo)).Append('\n');
    }

    /// <summary>
    /// The two subjects of a comparison: the one the sentence speaks of (without the compared-against words), and the
    /// compared-against, from the corpus when it has a subject that the target's own words name, else the target's
    /// entity with the subject's measure ("more STEM PhDs than the entire UK" of shanghai.stem-phd-graduates is
    /// uk.stem-phd-graduates).
    /// </summary>
    private static (string Subject, string Target, List<SubjectCandidate> Candidates) Comparison(
        string sourceId, Dictionary<string, string> entities, SubjectMatcher? matcher, HashSet<string> madeKeys, string text, int start, int end, Comparing comparing,
        List<(Figure Figure, string Subject)> figures)
    {
        // A figure the comparison follows is what it compares ("£10 billion, double the original estimate"; "828
        // metres, a full 319 metres taller than the Taipei 101 tower": 319 metres is the difference, 828 metres compared).
        var compared = figures.LastOrDefault(f => f.Figure.End <= comparing.Start && !string.IsNullOrWhiteSpace(text[f.Figure.End..comparing.Start])
            && f.Figure.Quantity.Dimension != Quantities.Dimension.Date);

        var sentence = text[start..end];
        var withoutTarget = sentence.Replace(comparing.Target, " ", StringComparison.Ordinal);
        // The focus is what the comparison says is measured ("more tech patents than"), else the clause before it.
        var clauseStart = text.LastIndexOfAny([',', ';', ':', '\u2014'], Math.Max(start, comparing.Start - 1), comparing.Start - start) + 1;
        var before = text[Math.Max(start, clauseStart)..comparing.Start];
        List<SubjectCandidate> candidates = matcher?.Rank(
            new SubjectQuery(withoutTarget, comparing.What.Length > 0 ? comparing.What : before),
            d => d.Shape is { CategoryKind: false, Categories: false } && !d.Shape.Dates) ?? [];
        var useCorpus = candidates.Count > 0 && candidates[0].Score >= matcher!.Threshold;
        string subject;
        if (compared.Subject is { } figureSubject)
        {
            subject = figureSubject;
            candidates = [];
        }
        else if (useCorpus)
        {
            subject = candidates[0].Key;
            candidates = [];
        }
        else
        {
            var words = SubjectMatcher.Terms(comparing.What.Length > 0 ? comparing.What : before).TakeLast(3).ToList();
            var entity = Entity(entities, sentence.Replace(comparing.Target, " ", StringComparison.Ordinal), comparing.Start - start) ?? sourceId;
            subject = Unique(madeKeys, entity + "." + Segment(words.Where(w => w != entity)));
        }

        var targetTerms = SubjectMatcher.Terms(comparing.Target).ToHashSet(StringComparer.Ordinal);
        var targets = matcher?.Rank(
            new SubjectQuery(comparing.Target + " " + comparing.What, comparing.Target),
            d => d.Key != subject && !d.Shape.CategoryKind && NamesTarget(d, targetTerms, comparing.Target)) ?? [];
        var target = targets.Count > 0 && targets[0].Score >= matcher!.Threshold
            ? targets[0].Key
            : CompareFinder.Entity(comparing.Target) + "." + subject[(subject.IndexOf('.', StringComparison.Ordinal) + 1)..];
        return (subject, target, candidates);
    }

    /// <summary>
    /// True when a subject's name (key, label, aliases) names the compared-against: its first capitalised word
    /// ("Taipei" of "the Taipei 101 tower", "GDP" of "the national GDP growth rate"), else two of its words.
    /// </summary>
    private static bool NamesTarget(SubjectDocument document, HashSet<string> targetTerms, string target)
    {
        var name = SubjectMatcher.Terms(document.Name).ToHashSet(StringComparer.Ordinal);
        var capitalised = target.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => char.IsUpper(w[0]));
        if (capitalised is not null && SubjectMatcher.Terms(capitalised).FirstOrDefault() is { } head) return name.Contains(head);
        return name.Count(targetTerms.Contains) >= Math.Min(2, targetTerms.Count);
    }

    /// <summary>
    /// A key from the sentence: what it speaks of (a corpus key's first segment the sentence names, else the nearest
    /// capitalised name before the figure, else the source id), then what is measured (the counted noun, else up to
    /// three content words after the figure in its clause, else before it): "Zhangjiang now hosts 7,300 tech firms" is
    /// zhangjiang.tech-firms.
    /// </summary>
    private static string MadeKey(string sourceId, Dictionary<string, string> entities, string text, int start, int end, Figure figure)
    {
        var entity = Entity(entities, text[start..end], figure.Start - start) ?? sourceId;
        IEnumerable<string> words;
        if (figure.Quantity is { Label: { } label }) words = SubjectMatcher.Terms(label).Take(3);
        else
        {
            var clauseStart = text.IndexOf(figure.Clause, start, StringComparison.Ordinal);
            var clauseEnd = clauseStart < 0 ? end : clauseStart + figure.Clause.Length;
            var after = SubjectMatcher.Terms(text[figure.End..Math.Max(figure.End, clauseEnd)]).Where(NotVerb).Take(3).ToList();
            words = after.Count >= 2 ? after : [.. SubjectMatcher.Terms(text[Math.Max(start, clauseStart)..figure.Start]).Where(NotVerb).TakeLast(3 - after.Count), .. after];
        }

        return entity + "." + Segment(words.Where(w => w != entity));
    }

    private static string Segment(IEnumerable<string> words)
    {
        var segment = IdSlug.Id(string.Join(' ', words));
        return segment.Length == 0 ? "figure" : segment;
    }

    private static bool NotVerb(string word) => !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>What a sentence speaks of, nearest before <paramref name="at"/> first: a corpus entity it names, else a capitalised name.</summary>
    private static string? Entity(Dictionary<string, string> entities, string sentence, int at)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in NameWord().Matches(sentence))
        {
            var word = SubjectMatcher.Stem(match.Groups["w"].Value.ToLowerInvariant());
            var known = entities.TryGetValue(word, out var segment);
            // Corpus entities anywhere; otherwise a capitalised name that does not start the sentence.
            if (!known && (match.Index == 0 || !char.IsUpper(match.Value[0]) || CommonCapitalised.Contains(match.Groups["w"].Value))) continue;
            var distance = (match.Index <= at ? at - match.Index : 2 * (match.Index - at)) + (known ? 0 : 10_000);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = known ? segment : IdSlug.Id(match.Groups["w"].Value);
            }
        }

        return string.IsNullOrEmpty(best) ? null : best;
    }

    private static readonly HashSet<string> CommonCapitalised = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "It", "Its", "This", "That", "These", "Those", "But", "And", "Or", "As", "For", "With", "From",
        "Dr", "Mr", "Ms", "Mrs", "Prof", "President", "Minister", "CEO", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

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

    [GeneratedRegex(@"(?<w>[\p{L}][\p{L}\p{N}]*)(?:['\u2019]s)?")]
    private static partial Regex NameWord();
}
