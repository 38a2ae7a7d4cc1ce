using ClaimCheck.Core;

namespace ClaimCheck.Quantities;

/// <summary>Reads <c>compare: [qualifier] OP-OR-FACTOR SUBJECT-KEY</c>.</summary>
internal static class ComparisonParser
{
    private static readonly (string Phrase, string Operator)[] Operators =
    [
        ("more-than", "more-than"), ("less-than", "less-than"), ("same-as", "same-as"),
        ("more than", "more-than"), ("less than", "less-than"), ("same as", "same-as"),
    ];

    /// <summary>Reads a comparison; the subject key is returned as written (alias resolution comes later).</summary>
    public static ParseResult<Comparison> Parse(string text, double tolerance = 0.10)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult<Comparison>.Fail("empty comparison: expected more-than, less-than, same-as or a factor such as 3x, then a subject key", 0);
        if (!double.IsFinite(tolerance) || tolerance < 0)
            tolerance = 0.10;

        var scanner = new TextScanner(text);
        scanner.SkipSpaces();
        var start = scanner.Position;
        if (TryOperator(scanner) is { } op)
            return ReadKey(scanner, new Comparison(op, null, string.Empty));

        scanner.Position = start;
        var qualifier = QualifierKind.Bare;
        foreach (var (phrase, kind) in Vocabulary.QualifiersLongestFirst)
        {
            if (scanner.TryMatch(phrase))
            {
                qualifier = kind;
                scanner.SkipSpaces();
                break;
            }
        }

        var factorOffset = scanner.Position;
        if (!TryFactor(scanner, out var factor))
        {
            var message = qualifier == QualifierKind.Bare
                ? "expected more-than, less-than, same-as or a factor such as 3x"
                : "expected a factor such as 3x after the qualifier";
            return ParseResult<Comparison>.Fail(message, factorOffset);
        }

        if (qualifier == QualifierKind.Nearly && factor.Value == 0)
            return ParseResult<Comparison>.Fail("'nearly' needs a factor above zero: it means a little less than that factor", factorOffset);

        var interval = qualifier switch
        {
            QualifierKind.Above => Interval.Above(factor.Value),
            QualifierKind.AtLeast => Interval.AtLeast(factor.Value),
            QualifierKind.Below => Interval.Below(factor.Value),
            QualifierKind.AtMost => Interval.AtMost(factor.Value),
            QualifierKind.About => Interval.Exact(factor.Value).Widen(tolerance),
            QualifierKind.Nearly => new Interval(factor.Value - (tolerance * factor.Value), factor.Value, true, false),
            _ => Interval.Closed(factor.Value - factor.HalfWidth(1, tolerance), factor.Value + factor.HalfWidth(1, tolerance)),
        };
        return ReadKey(scanner, new Comparison("factor", interval, string.Empty));
    }

    // "more than 3x a.b" is a qualified factor, "more than a.b" the operator: a factor after it decides.
    private static string? TryOperator(TextScanner scanner)
    {
        foreach (var (phrase, op) in Operators)
        {
            var start = scanner.Position;
            if (!scanner.TryMatch(phrase))
                continue;
            var afterOperator = scanner.Position;
            scanner.SkipSpaces();
            if (phrase.Contains('-', StringComparison.Ordinal) || !TryFactor(scanner, out _))
            {
                scanner.Position = afterOperator;
                return op;
            }

            scanner.Position = start;
        }

        return null;
    }

    private static bool TryFactor(TextScanner scanner, out WrittenNumber factor)
    {
        var start = scanner.Position;
        if (scanner.TryMatch("twice"))
        {
            factor = new WrittenNumber(2, 0, 0, start);
            return true;
        }

        if (!NumberReader.TryRead(scanner, out factor, out _, out _))
            return false;
        var afterNumber = scanner.Position;
        if (scanner.Current is 'x' or '×' && !TextScanner.IsWordChar(scanner.Peek(1)))
        {
            scanner.Position++;
            return true;
        }

        scanner.SkipSpaces();
        if (scanner.TryMatch("times") || scanner.TryMatch("x") || scanner.TryMatch("×"))
            return true;
        scanner.Position = afterNumber;
        return false;
    }

    private static ParseResult<Comparison> ReadKey(TextScanner scanner, Comparison comparison)
    {
        if (!scanner.SkipSpaces())
        {
            return ParseResult<Comparison>.Fail(
                scanner.AtEnd ? "expected the key of the subject compared against" : "expected a space before the subject key",
                scanner.Position);
        }

        if (scanner.AtEnd)
            return ParseResult<Comparison>.Fail("expected the key of the subject compared against", scanner.Position);

        var text = scanner.Text;
        var start = scanner.Position;
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
            end++;
        var keyEnd = end;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
            end++;
        if (end < text.Length)
            return ParseResult<Comparison>.Fail("unexpected text after the subject key", end);

        var bad = SubjectKey.FindError(text.AsSpan(start, keyEnd - start));
        return bad is { } error
            ? ParseResult<Comparison>.Fail(error.Message, start + error.Offset)
            : ParseResult<Comparison>.Ok(comparison with { OtherSubject = text[start..keyEnd] });
    }
}

/// <summary>The subject key syntax: dotted segments of <c>[a-z0-9][a-z0-9-]*</c>.</summary>
internal static class SubjectKey
{
    /// <summary>Null when <paramref name="key"/> is valid, otherwise what is wrong and where inside the key.</summary>
    public static (string Message, int Offset)? FindError(ReadOnlySpan<char> key)
    {
        var segmentStart = 0;
        for (var i = 0; i <= key.Length; i++)
        {
            if (i == key.Length || key[i] == '.')
            {
                if (i == segmentStart)
                    return ("a subject key has no empty segments: write a.b, not a..b or a.", i);
                segmentStart = i + 1;
                continue;
            }

            var c = key[i];
            if (char.IsAsciiLetterUpper(c))
                return ("a subject key is lower case", i);
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && i > segmentStart)))
                return ($"'{c}' cannot appear in a subject key: segments are [a-z0-9][a-z0-9-]*", i);
        }

        return null;
    }
}
