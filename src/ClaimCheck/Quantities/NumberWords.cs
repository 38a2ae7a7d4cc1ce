namespace ClaimCheck.Quantities;

/// <summary>
/// Figures written as words: <c>three</c>, <c>twelve</c>, <c>twenty-five</c>, <c>a dozen</c>, <c>a hundred</c>
/// (with the scale that follows), <c>one and a half</c>, and fractions <c>half</c>, <c>a third</c>,
/// <c>one-third</c>, <c>two-thirds</c>, <c>a quarter</c>, <c>three-quarters</c>.
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    // Singular and plural of each denominator, longest first where one starts another.
    private static readonly (string Word, int Denominator)[] Denominators =
    [
        ("halves", 2), ("half", 2), ("thirds", 3), ("third", 3), ("quarters", 4), ("quarter", 4),
        ("fifths", 5), ("fifth", 5), ("tenths", 10), ("tenth", 10),
    ];

    // The words "a" can count: "a dozen", "a hundred", "a million".
    private static readonly string[] CountableAfterA = ["thousand", "million", "billion", "trillion"];

    // Vague amounts: "several" is more than two and fewer than ten; "hundreds of" 200 to 1,000, and so on for the scales.
    private static readonly (string Word, double Low, double High)[] Vague =
    [
        ("several", 3, 9), ("hundreds", 200, 1000), ("thousands", 2e3, 1e4), ("millions", 2e6, 1e9), ("billions", 2e9, 1e12),
    ];

    /// <summary>Reads a figure in words at the scanner; false (scanner unmoved) when none starts here.</summary>
    public static bool TryRead(TextScanner scanner, out WrittenNumber number)
    {
        var start = scanner.Position;
        number = default;

        foreach (var (word, low, high) in Vague)
        {
            if (!scanner.TryMatch(word))
                continue;

            // "hundreds of millions of euros": the "of" after a vague scale belongs to it.
            var afterWord = scanner.Position;
            if (!(scanner.SkipSpaces() && scanner.TryMatch("of")))
                scanner.Position = afterWord;
            number = new WrittenNumber((low + high) / 2, 0, 0, start) { IsWords = true, VagueHalfWidth = (high - low) / 2 };
            return true;
        }

        // Fractions without a numerator: "half".
        if (TryDenominator(scanner, out var alone, plural: false))
        {
            number = Fraction(1, alone, start);
            return true;
        }

        int? numerator = null;
        if (scanner.TryMatch("a") || scanner.TryMatch("an"))
        {
            var afterA = scanner.Position;
            if (scanner.SkipSpaces())
            {
                if (TryDenominator(scanner, out var d, plural: false))
                {
                    number = Fraction(1, d, start);
                    return true;
                }

                if (scanner.TryMatch("dozen"))
                {
                    number = Whole(12, start);
                    return true;
                }

                // "a hundred" is the round 100, as "100" is: read here rather than as 1 × a scale.
                if (scanner.TryMatch("hundred"))
                {
                    number = Whole(100, start);
                    return true;
                }

                // "a year", "an hour", "a decade": one of the unit.
                if (UnitCatalog.StartsUnitWord(scanner))
                {
                    number = Whole(1, start);
                    scanner.Position = afterA;
                    return true;
                }

                foreach (var word in CountableAfterA)
                {
                    var at = scanner.Position;
                    if (scanner.TryMatch(word))
                    {
                        // The scale is read by the caller: leave it, and give "a" as 1.
                        scanner.Position = at;
                        number = Whole(1, start);
                        scanner.Position = afterA;
                        return true;
                    }
                }
            }

            scanner.Position = start;
            return false;
        }

        numerator = ReadWhole(scanner);
        if (numerator is not { } whole)
        {
            scanner.Position = start;
            return false;
        }

        var afterWhole = scanner.Position;

        // "one-third", "two thirds", "three-quarters".
        if (whole is >= 1 and <= 9 && (scanner.Current == '-' || scanner.Current == ' '))
        {
            scanner.Position++;
            scanner.SkipSpaces();
            if (TryDenominator(scanner, out var d, plural: whole > 1))
            {
                number = Fraction(whole, d, start);
                return true;
            }

            scanner.Position = afterWhole;
        }

        // "two hundred".
        if (scanner.SkipSpaces() && scanner.TryMatch("hundred"))
        {
            number = Whole(whole * 100, start);
            return true;
        }

        scanner.Position = afterWhole;

        // "one and a half", "two and a quarter".
        if (scanner.SkipSpaces() && scanner.TryMatch("and") && scanner.SkipSpaces() && (scanner.TryMatch("a") || scanner.TryMatch("one"))
            && scanner.SkipSpaces() && TryDenominator(scanner, out var part, plural: false))
        {
            number = new WrittenNumber(whole + (1.0 / part), part == 2 ? 1 : 2, 0, start) { IsWords = true };
            return true;
        }

        scanner.Position = afterWhole;
        if (scanner.SkipSpaces() && scanner.TryMatch("dozen"))
        {
            number = Whole(whole * 12, start);
            return true;
        }

        scanner.Position = afterWhole;
        number = Whole(whole, start);
        return true;
    }

    // 0-99: "seven", "twenty", "twenty-five", "twenty five".
    private static int? ReadWhole(TextScanner scanner)
    {
        for (var i = Tens.Length - 1; i >= 0; i--)
        {
            if (!scanner.TryMatch(Tens[i]))
                continue;
            var tens = (i + 2) * 10;
            var afterTens = scanner.Position;
            if (scanner.Current is '-' or ' ')
            {
                scanner.Position++;
                for (var u = 9; u >= 1; u--)
                {
                    if (scanner.TryMatch(Units[u]))
                        return tens + u;
                }
            }

            scanner.Position = afterTens;
            return tens;
        }

        // Longest first: "seventeen" before "seven".
        for (var i = Units.Length - 1; i >= 0; i--)
        {
            if (scanner.TryMatch(Units[i]))
                return i;
        }

        return null;
    }

    private static bool TryDenominator(TextScanner scanner, out int denominator, bool plural)
    {
        foreach (var (word, d) in Denominators)
        {
            if (word.EndsWith('s') == plural && scanner.TryMatch(word))
            {
                denominator = d;
                return true;
            }
        }

        // "two-half" is no English; accept the singular after a plural numerator only for "half" ("two halves").
        denominator = 0;
        return false;
    }

    private static WrittenNumber Whole(int value, int offset)
    {
        var zeros = 0;
        for (var v = value; v >= 10 && v % 10 == 0; v /= 10)
            zeros++;
        return new WrittenNumber(value, 0, zeros, offset) { IsWords = true };
    }

    private static WrittenNumber Fraction(int numerator, int denominator, int offset) =>
        new((double)numerator / denominator, 0, 0, offset) { IsFraction = true, IsWords = true };
}
