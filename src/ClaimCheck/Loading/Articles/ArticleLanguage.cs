using System.Collections.Immutable;
using ClaimCheck.Core;
using Lingua;

namespace ClaimCheck.Loading.Articles;

/// <summary>
/// Finds the lines and line prefixes that are not part of an article: text in another script than the article's
/// (the seeds' injected Chinese advertising: "上海龙凤419体验 Along the Huangpu River's west bank, …"), and whole
/// lines that Lingua reads as another language in the same script. The article's language is detected with
/// Lingua (SearchPioneer.Lingua, low-accuracy mode: trigram models only).
/// </summary>
internal static class ArticleLanguage
{
    /// <summary>Lines shorter than this are not judged by language: a heading of three words is too short to tell.</summary>
    private const int MinWordsForLanguage = 8;

    /// <summary>How sure Lingua must be that a line is in another language before it is skipped.</summary>
    private const double MinForeignConfidence = 0.9;

    private static readonly Language[] Languages =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
        Language.Dutch, Language.Swedish, Language.Polish, Language.Russian, Language.Chinese, Language.Japanese,
        Language.Korean, Language.Arabic,
    ];

    private static readonly Lazy<LanguageDetector?> Detector = new(() =>
    {
        try
        {
            return LanguageDetectorBuilder.FromLanguages(Languages).WithLowAccuracyMode().Build();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    });

    private static readonly Lock DetectorLock = new();

    /// <summary>The article with each line's non-article prefix (or whole line) marked, and its language.</summary>
    public static Article Classify(string text, ImmutableArray<ArticleLine> lines, int titleLine, string? title, string? canonicalUrl, DateOnly? published)
    {
        var script = DominantScript(text);
        var marked = ImmutableArray.CreateBuilder<ArticleLine>(lines.Length);
        foreach (var line in lines) marked.Add(MarkScript(text, line, script));

        var bodySample = new System.Text.StringBuilder();
        foreach (var line in marked)
        {
            if (bodySample.Length > 20_000) break;
            if (line.BodyStart < line.End) bodySample.Append(text, line.BodyStart, line.End - line.BodyStart).Append('\n');
        }

        var language = Detect(bodySample.ToString());
        if (language is { } articleLanguage)
        {
            for (var i = 0; i < marked.Count; i++)
            {
                var line = marked[i];
                if (line.Skipped is not null || line.Number == titleLine) continue;
                var body = text[line.BodyStart..line.End];
                if (body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWordsForLanguage) continue;
                if (Confidences(body) is not { } confidences) continue;
                var (top, confidence) = confidences.First();
                if (top != articleLanguage && top != Language.Unknown && confidence >= MinForeignConfidence)
                    marked[i] = line with { BodyStart = line.End, Skipped = $"{top}, not the article's {articleLanguage}" };
            }
        }

        return new Article(text, marked.MoveToImmutable(), language?.ToString(), title, canonicalUrl, published, titleLine);
    }

    /// <summary>Lingua's language of <paramref name="text"/>, or null when it cannot tell (or its models are not installed).</summary>
    internal static Language? Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || Detector.Value is not { } detector) return null;
        try
        {
            lock (DetectorLock)
            {
                var language = detector.DetectLanguageOf(text);
                return language == Language.Unknown ? null : language;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Lingua reads its models on first use; without them (a host that did not copy them) only scripts are told apart.
            return null;
        }
    }

    private static IReadOnlyList<(Language, double)>? Confidences(string text)
    {
        if (Detector.Value is not { } detector) return null;
        try
        {
            lock (DetectorLock)
            {
                var values = detector.ComputeLanguageConfidenceValues(text);
                return values.Count == 0 ? null : [.. values.Select(v => (v.Key, v.Value))];
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>A leading run of words in another script is the line's non-article prefix; all words in it, the whole line.</summary>
    private static ArticleLine MarkScript(string text, ArticleLine line, Script article)
    {
        var i = line.Start;
        var prefixEnd = line.Start;
        Script? foreign = null;
        while (i < line.End)
        {
            while (i < line.End && char.IsWhiteSpace(text[i])) i++;
            var wordStart = i;
            Script? wordForeign = null;
            while (i < line.End && !char.IsWhiteSpace(text[i]))
            {
                var s = ScriptOf(text[i]);
                if (s is not Script.Common && s != article) wordForeign ??= s;
                i++;
            }

            if (wordStart == i || wordForeign is null) break;
            foreign ??= wordForeign;
            prefixEnd = i;
        }

        if (foreign is null) return line;
        var body = prefixEnd;
        while (body < line.End && char.IsWhiteSpace(text[body])) body++;
        // What is left after the prefix must hold a letter or digit to be article text.
        var rest = text.AsSpan(body, line.End - body);
        if (!rest.ContainsAnyExcept(" \t-–—•*·|:"))
            body = line.End;
        return line with { BodyStart = body, Skipped = $"{Name(foreign.Value)} text in an article in {Name(article)} script" };
    }

    private static Script DominantScript(string text)
    {
        var counts = new int[Enum.GetValues<Script>().Length];
        foreach (var c in text) counts[(int)ScriptOf(c)]++;
        counts[(int)Script.Common] = 0;
        var best = Script.Latin;
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best]) best = (Script)s;
        }

        return best;
    }

    internal enum Script
    {
        Common,
        Latin,
        Greek,
        Cyrillic,
        Hebrew,
        Arabic,
        Indic,
        Thai,
        Cjk,
        Hangul,
        Other,
    }

    private static string Name(Script script) => script switch
    {
        Script.Cjk => "Chinese/Japanese",
        _ => script.ToString(),
    };

    /// <summary>The script of a letter; digits, punctuation, symbols and marks are Common (they belong to any script).</summary>
    internal static Script ScriptOf(char c)
    {
        if (c < 0x80) return char.IsAsciiLetter(c) ? Script.Latin : Script.Common;
        if (c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF') return Script.Cjk; // CJK and full-width punctuation
        if (char.IsSurrogate(c)) return Script.Cjk; // supplementary ideographs are the only letters beyond the BMP seen in articles
        if (!char.IsLetter(c)) return Script.Common;
        return c switch
        {
            <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => Script.Latin,
            >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Script.Greek,
            >= '\u0400' and <= '\u052F' => Script.Cyrillic,
            >= '\u0590' and <= '\u05FF' => Script.Hebrew,
            >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => Script.Arabic,
            >= '\u0900' and <= '\u0DFF' => Script.Indic,
            >= '\u0E00' and <= '\u0E7F' => Script.Thai,
            >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
            >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' => Script.Cjk,
            _ => Script.Other,
        };
    }
}
