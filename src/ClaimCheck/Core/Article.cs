using System.Collections.Immutable;

namespace ClaimCheck.Core;

/// <summary>
/// One line of an article's text. <see cref="BodyStart"/> is where the article's own words begin: after a prefix
/// that is not part of the article (injected advertising in another script), or at <see cref="End"/> when the
/// whole line is not the article's.
/// </summary>
/// <param name="Number">1-based line number in <see cref="Article.Text"/>.</param>
/// <param name="Start">Offset of the line's first character.</param>
/// <param name="End">Offset just after its last character (before the line break).</param>
/// <param name="BodyStart">Offset where the article's text of this line starts.</param>
/// <param name="Skipped">Why the part before <see cref="BodyStart"/> is not the article's (null when nothing is skipped).</param>
internal sealed record ArticleLine(int Number, int Start, int End, int BodyStart, string? Skipped)
{
    /// <summary>True when no part of the line is the article's.</summary>
    public bool WhollySkipped => Skipped is not null && BodyStart >= End;
}

/// <summary>An article as ClaimCheck reads it: its text (from .txt/.md as written, from HTML the article's paragraphs), lines, and metadata.</summary>
/// <param name="Text">The text that quotes are looked up in; offsets refer to it.</param>
/// <param name="Lines">Every line, in order.</param>
/// <param name="Language">The article's language as detected (an English name such as "English"), or null when unknown.</param>
/// <param name="Title">The title, when the file gives one (HTML title or meta, a Markdown heading, a first line that reads as one).</param>
/// <param name="CanonicalUrl">An http(s) URL from HTML <c>link rel=canonical</c> or <c>og:url</c>.</param>
/// <param name="Published">A publication date from HTML meta tags.</param>
/// <param name="TitleLine">The line of <see cref="Lines"/> that is the title (not article body), or 0.</param>
internal sealed record Article(
    string Text,
    ImmutableArray<ArticleLine> Lines,
    string? Language,
    string? Title,
    string? CanonicalUrl,
    DateOnly? Published,
    int TitleLine)
{
    /// <summary>The line holding <paramref name="offset"/> (binary search).</summary>
    public ArticleLine LineAt(int offset)
    {
        int lo = 0, hi = Lines.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Lines[mid].Start <= offset) lo = mid;
            else hi = mid - 1;
        }

        return Lines[lo];
    }

    /// <summary>True when any character of [start, start+length) lies in a part of a line that is not the article's.</summary>
    public bool TouchesSkipped(int start, int length)
    {
        var end = start + Math.Max(1, length);
        for (var line = LineAt(start); ; line = Lines[line.Number])
        {
            if (line.Skipped is not null && start < line.BodyStart && end > line.Start) return true;
            if (line.Number >= Lines.Length || Lines[line.Number].Start >= end) return false;
        }
    }
}

/// <summary>Where a claim's quote stands in its article (set when the source gives <c>text</c>).</summary>
/// <param name="Found">True when the quote occurs in the article (after normalising whitespace, quotes, dashes and case).</param>
/// <param name="Offset">Offset of the match in the article's text (UTF-16 code units, as .NET and JavaScript count), or null.</param>
/// <param name="Length">Length of the match in the article's text.</param>
/// <param name="Sentence">The article's sentence holding the match (null when not found).</param>
/// <param name="SentenceStart">Offset of <see cref="Sentence"/> in the article's text.</param>
internal sealed record QuoteCheck(bool Found, int? Offset, int Length, string? Sentence, int SentenceStart);
