namespace ClaimCheck.Quantities;

/// <summary>One figure with everything written around it: <c>$20</c>, <c>25 billion</c>, <c>3,500 companies</c>.</summary>
internal sealed record Amount(WrittenNumber Number, bool Negative, int Offset)
{
    public string? Currency { get; set; }

    public double? Scale { get; set; }

    public UnitInfo? Unit { get; set; }

    public string? Label { get; set; }

    /// <summary>Where the counted noun starts in the text, or -1.</summary>
    public int LabelOffset { get; set; } = -1;

    /// <summary>True when the currency was written "¥", which a registry can make JPY.</summary>
    public bool YenSymbol { get; set; }

    public Dimension Dimension => Currency is not null ? Dimension.Currency : Unit?.Dimension ?? Dimension.Count;

    /// <summary>The stated figure in the canonical unit of its dimension (before any currency conversion).</summary>
    public double Figure => (Negative ? -1 : 1) * Number.Value * (Scale ?? 1) * (Unit?.Factor ?? 1);

    /// <summary>The figure widened by its implied precision, in the canonical unit.</summary>
    public Interval Precise(double tolerance) => Widened(Number.HalfWidth(Scale ?? 1, tolerance));

    /// <summary>
    /// The figure widened by half a unit of its last digit, zeros included: the ends of a range already
    /// state its spread, so "20-25" is [19.5, 25.5] rather than reading 20 as a round number.
    /// </summary>
    public Interval PreciseRangeEnd() => Widened(Number.LastDigitHalfWidth(Scale ?? 1));

    private Interval Widened(double halfWidth)
    {
        var half = halfWidth * (Unit?.Factor ?? 1);
        return Interval.Closed(Figure - half, Figure + half);
    }

    /// <summary>Takes from <paramref name="other"/> what this one leaves out ("$20-25 billion": 20 takes billion).</summary>
    public void Borrow(Amount other)
    {
        Currency ??= other.Currency;
        Scale ??= other.Scale;
        Unit ??= other.Unit;
        Label ??= other.Label;
    }
}

/// <summary>
/// Reads <c>[currency] [-]number [scale] [unit | currency | counted noun] [-class|-long|-wide|-high]</c>, with
/// units and scales joined by a hyphen, nothing or a space ("55-kilometer", "7nm", "$20-billion").
/// </summary>
internal static class AmountReader
{
    private const int MaxLabelWords = 4;

    private static readonly HashSet<string> LinkingWords = new(StringComparer.Ordinal)
    {
        "in", "of", "at", "for", "from", "by", "on", "with", "the", "and", "or", "to", "than", "per", "each", "every",
    };

    // Modifiers that make a figure an adjective ("a 55-kilometer-long bridge", "5nm-class"): the figure stands bare.
    private static readonly string[] ModifierSuffixes = ["class", "long", "wide", "high", "tall", "deep", "thick"];

    /// <summary>
    /// Reads one amount; <paramref name="andEndsLabel"/> stops a counted noun at "and" (inside "between A and B").
    /// "m" after a figure is the scale million (the contract's "$5m", "3m"), unless <paramref name="metres"/>: the
    /// subject's registry unit is a length, and "828 m" is then metres.
    /// </summary>
    public static bool TryRead(TextScanner scanner, out Amount? amount, out string? error, out int errorOffset, bool andEndsLabel = false, bool metres = false)
    {
        amount = null;
        var offset = scanner.Position;
        var negative = TryReadSign(scanner);
        var currency = TryReadCurrencyPrefix(scanner, out var yen);
        if (currency is not null)
        {
            scanner.SkipSpaces();
            negative |= TryReadSign(scanner);
        }

        if (!NumberReader.TryRead(scanner, out var number, out error, out errorOffset))
        {
            if (!scanner.AtEnd && char.IsLetter(scanner.Text[scanner.Position]))
                error = "expected a number, not a word here";
            return false;
        }

        amount = new Amount(number, negative, offset) { Currency = currency, YenSymbol = yen };
        if (number.IsFraction)
            return ReadFraction(scanner, amount, out error, out errorOffset);

        // "124th floor": an ordinal counts like its figure.
        if (!number.IsWords && number.Decimals == 0)
            TrySkipOrdinalSuffix(scanner);

        var afterNumber = scanner.Position;
        var hyphen = TrySkipJoiningHyphen(scanner);
        if (!hyphen)
            scanner.SkipSpaces();
        var scale = Scales.Match(scanner);
        // "m" is no scale before a superscript: "4,000 m²" is square metres.
        if (scale.Phrase is not null && !(metres && scale.Phrase == "m" && currency is null && EndsHere(scanner)) && !(scale.Phrase == "m" && scanner.Current is '²' or '³'))
        {
            amount.Scale = scale.Value;
            hyphen = TrySkipJoiningHyphen(scanner);

            // "hundreds of millions of euros", "millions of people": the "of" joins the scale to what it counts.
            var afterScale = scanner.Position;
            if (!hyphen && !(scanner.SkipSpaces() && scanner.TryMatch("of") && char.IsWhiteSpace(scanner.Current)))
                scanner.Position = afterScale;
        }
        else
        {
            scanner.Position = hyphen ? afterNumber + 1 : afterNumber;
        }

        if (!TryReadSuffix(scanner, amount, hyphen, andEndsLabel, out error, out errorOffset))
            return false;
        TryReadModifierSuffix(scanner);
        if (amount.Unit is { Dimension: Dimension.Duration })
            TryReadAgeSuffix(scanner);
        if (amount.Unit is { Dimension: Dimension.Duration or Dimension.Length } && amount.Currency is null)
            amount = TryReadCompound(scanner, amount);
        if (!double.IsFinite(amount.Figure) || !amount.Precise(1).IsBounded)
            return Fail(QuantityParser.OutOfRangeMessage(scanner.Text[number.Offset..scanner.Position].Trim()), number.Offset, out error, out errorOffset);
        return true;
    }

    /// <summary>
    /// "two hours 15 minutes", "three hours fifteen minutes", "2 hours and 40 minutes", "5 feet 10 inches": a figure in a
    /// smaller unit of the same dimension after a figure with its unit is added to it; the precision is the last part's.
    /// </summary>
    private static Amount TryReadCompound(TextScanner scanner, Amount amount)
    {
        var start = scanner.Position;
        if (!scanner.SkipSpaces() || amount.Negative)
            return amount;
        var afterSpace = scanner.Position;
        if (!(scanner.TryMatch("and") && scanner.SkipSpaces()))
            scanner.Position = afterSpace;
        if (!(char.IsAsciiDigit(scanner.Current) || char.IsLetter(scanner.Current))
            || !TryRead(scanner, out var part, out _, out _)
            || part is not { Unit: { } unit, Currency: null, Label: null, Scale: null, Negative: false }
            || unit.Dimension != amount.Unit!.Value.Dimension || unit.Factor >= amount.Unit.Value.Factor || part.Number.IsFraction)
        {
            scanner.Position = start;
            return amount;
        }

        // The whole in the smaller unit, written as precisely as its last part: 2 h 15 min is 135 min ± 0.5 min.
        var whole = (amount.Figure / unit.Factor) + part.Number.Value;
        var number = part.Number with { Value = whole, Offset = amount.Number.Offset, IsWords = amount.Number.IsWords && part.Number.IsWords };
        return new Amount(number, false, amount.Offset) { Unit = unit, YenSymbol = amount.YenSymbol };
    }

    // A fraction in words is a share ("a third" is 33.3%, "two-thirds" 66.7%), unless a unit follows: "half-mile-high",
    // "half an hour", "a quarter mile", "three-quarters of a mile" are that part of the unit.
    private static bool ReadFraction(TextScanner scanner, Amount amount, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        if (amount.Currency is not null)
            return Fail("a fraction such as 'a third' is a share, not an amount of money", amount.Offset, out error, out errorOffset);

        var afterFraction = scanner.Position;
        if (scanner.Current == '-' && char.IsLetter(scanner.Peek(1)))
            scanner.Position++;
        else
            scanner.SkipSpaces();
        if (scanner.TryMatch("of"))
            scanner.SkipSpaces();
        if (scanner.TryMatch("a") || scanner.TryMatch("an"))
            scanner.SkipSpaces();
        if (TryReadUnit(scanner) is { Dimension: not Dimension.Percent } unit)
        {
            amount.Unit = unit;
            TryReadModifierSuffix(scanner);
            return true;
        }

        scanner.Position = afterFraction;
        amount.Scale = 100;
        amount.Unit = new UnitInfo(Dimension.Percent, 1, "%");
        return true;
    }

    private static void TrySkipOrdinalSuffix(TextScanner scanner)
    {
        var start = scanner.Position;
        if (!(scanner.TryMatch("st") || scanner.TryMatch("nd") || scanner.TryMatch("rd") || scanner.TryMatch("th")))
            return;
        // Only before a space or the end ("124th floor"); "5th-generation" and "3rd Ring Road" are read as before.
        if (!scanner.AtEnd && !char.IsWhiteSpace(scanner.Text[scanner.Position]))
            scanner.Position = start;
    }

    // A hyphen joins a unit or scale to the figure when a letter follows ("55-kilometer"); before a digit it is a range.
    private static bool TrySkipJoiningHyphen(TextScanner scanner)
    {
        if (scanner.Current == '-' && char.IsLetter(scanner.Peek(1)))
        {
            scanner.Position++;
            return true;
        }

        return false;
    }

    private static bool EndsHere(TextScanner scanner)
    {
        var position = scanner.Position;
        scanner.SkipSpaces();
        var ends = scanner.AtEnd || scanner.Current == '-' || RatePeriods.Match(scanner).Phrase is not null;
        scanner.Position = position;
        return ends;
    }

    private static bool TryReadSuffix(TextScanner scanner, Amount amount, bool hyphen, bool andEndsLabel, out string? error, out int errorOffset)
    {
        error = null;
        errorOffset = 0;
        var beforeSpace = scanner.Position;
        var spaced = !hyphen && scanner.SkipSpaces();
        var suffixOffset = scanner.Position;

        if (TryReadUnit(scanner) is { } unit)
        {
            if (amount.Currency is not null)
                return Fail("a money amount cannot also carry a unit", suffixOffset, out error, out errorOffset);
            amount.Unit = unit;
            return true;
        }

        var currency = CurrencySuffixes.Match(scanner).Value ?? Currencies.TryReadCode(scanner);
        if (currency is not null)
        {
            if (amount.Currency is not null && amount.Currency != currency)
                return Fail($"two currencies: {amount.Currency} and {currency}", suffixOffset, out error, out errorOffset);
            amount.Currency = currency;
            amount.YenSymbol = false;
            return true;
        }

        // A counted noun stands apart from the figure ("3,500 companies"); "3x" or "1e9" is no label. After a
        // figure in words only a lower-case noun counts: "three people", but "Three Gorges" is a name.
        if (spaced && !scanner.AtEnd && amount.Currency is null && !(amount.Number.IsWords && char.IsUpper(scanner.Text[scanner.Position]))
            && TryReadLabel(scanner, andEndsLabel) is { } label)
        {
            amount.Label = label;
            amount.LabelOffset = suffixOffset;
            return true;
        }

        // A counted noun joined by a hyphen: "a 66-qubit processor" counts qubits. Lower case only: "7-Eleven" is a name.
        if (hyphen && amount.Currency is null && char.IsLower(scanner.Current) && !StartsModifierSuffix(scanner)
            && TryReadLabel(scanner, andEndsLabel) is { } joined && !NotCountedAfterHyphen.Contains(joined.Split(' ')[0]))
        {
            amount.Label = joined;
            amount.LabelOffset = suffixOffset;
            return true;
        }

        // Nothing after a joining hyphen: give it back, for "-class" or for the error message.
        scanner.Position = hyphen ? beforeSpace - 1 : beforeSpace;
        return true;
    }

    /// <summary>
    /// The longest run of up to <see cref="UnitCatalog.MaxWords"/> words that the unit catalogue knows
    /// ("nautical miles", "sq km", "km²", "kilometre"), or null with the scanner unmoved.
    /// </summary>
    private static UnitInfo? TryReadUnit(TextScanner scanner)
    {
        var text = scanner.Text;
        Span<char> phrase = stackalloc char[64];
        Span<int> phraseEnds = stackalloc int[UnitCatalog.MaxWords];
        Span<int> textEnds = stackalloc int[UnitCatalog.MaxWords];
        var length = 0;
        var words = 0;
        var position = scanner.Position;
        while (words < UnitCatalog.MaxWords)
        {
            var tokenStart = position;
            while (position < text.Length && IsUnitChar(text[position], position == tokenStart))
                position++;
            if (position == tokenStart || length + (position - tokenStart) + 1 > phrase.Length)
                break;
            if (words > 0)
                phrase[length++] = ' ';
            text.AsSpan(tokenStart, position - tokenStart).CopyTo(phrase[length..]);
            length += position - tokenStart;
            phraseEnds[words] = length;
            textEnds[words] = position;
            words++;

            // Words of a unit are spaced ("square kilometres") or hyphened ("700-nautical-mile").
            var gap = position;
            while (gap < text.Length && char.IsWhiteSpace(text[gap]))
                gap++;
            if (gap == position && gap < text.Length && text[gap] == '-')
                gap++;
            if (gap == position || gap >= text.Length || !char.IsLetter(text[gap]))
                break;
            position = gap;
        }

        for (var n = words - 1; n >= 0; n--)
        {
            var candidate = phrase[..phraseEnds[n]];
            if (UnitCatalog.TryFind(candidate, out var unit))
            {
                scanner.Position = textEnds[n];
                return unit;
            }

            // "km." ends a sentence, not the unit: give the full stop back.
            if (candidate.Length > 1 && candidate[^1] == '.' && UnitCatalog.TryFind(candidate[..^1], out unit))
            {
                scanner.Position = textEnds[n] - 1;
                return unit;
            }
        }

        // "18.7%/year", "km/day": a unit before a slash that starts a rate period.
        if (words > 0 && phrase[..phraseEnds[0]].IndexOf('/') is > 0 and var slash && UnitCatalog.TryFind(phrase[..slash], out var beforeSlash))
        {
            scanner.Position += slash;
            return beforeSlash;
        }

        return null;
    }

    private static bool IsUnitChar(char c, bool first) =>
        char.IsLetter(c) || c is '%' or '²' or '³' or 'µ' or 'μ' || (!first && (char.IsAsciiDigit(c) || c is '/' or '.'));

    // "seven-ish", "40-odd", "40-plus", "3-fold", "two-time": an approximation, a bound or a factor, never a count of
    // "ish" or "fold"; they do not read.
    private static readonly HashSet<string> NotCountedAfterHyphen = new(StringComparer.OrdinalIgnoreCase)
    {
        "ish", "odd", "plus", "fold", "time", "times", "something", "some",
    };

    // "5-class" is no count of classes: the suffix makes the bare figure an adjective.
    private static bool StartsModifierSuffix(TextScanner scanner)
    {
        var rest = scanner.Text.AsSpan(scanner.Position);
        foreach (var word in ModifierSuffixes)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
                return true;
        }

        return false;
    }

    // "850-year-old", "850 years old": an age is the duration the figure names.
    private static void TryReadAgeSuffix(TextScanner scanner)
    {
        var start = scanner.Position;
        if (scanner.Current == '-')
            scanner.Position++;
        else if (!scanner.SkipSpaces())
            return;
        if (!scanner.TryMatch("old"))
            scanner.Position = start;
    }

    private static void TryReadModifierSuffix(TextScanner scanner)
    {
        if (scanner.Current != '-')
            return;
        var start = scanner.Position;
        scanner.Position++;
        foreach (var word in ModifierSuffixes)
        {
            if (scanner.TryMatch(word))
                return;
        }

        scanner.Position = start;
    }

    /// <summary>
    /// Up to four words before a rate period or the end: "companies", "EVs", "passengers and crew",
    /// "8-inch equivalent wafers". A word such as "in" or "of" ends the label, so "5 companies in Shanghai" is
    /// not read as a count; "and" joins two nouns unless it belongs to "between A and B".
    /// </summary>
    private static string? TryReadLabel(TextScanner scanner, bool andEndsLabel)
    {
        var start = scanner.Position;
        var end = start;
        for (var words = 0; words < MaxLabelWords && !scanner.AtEnd && !StartsReservedPhrase(scanner, andEndsLabel || words == 0); words++)
        {
            var wordStart = scanner.Position;

            // A list of counted nouns: "engineers, technicians and workers", "craftsmen, architects, and engineers".
            if (words > 0 && scanner.Current == ',' && !andEndsLabel)
            {
                scanner.Position++;
                if (!scanner.SkipSpaces() || !char.IsLetter(scanner.Current))
                {
                    scanner.Position = wordStart;
                    break;
                }

                wordStart = scanner.Position;
            }

            var word = scanner.ReadWord() ?? ReadFigureModifier(scanner);
            if (word is null || word.Length < 2)
            {
                scanner.Position = wordStart;
                break;
            }

            if (LinkingWords.Contains(word.ToLowerInvariant()))
            {
                // "and" between two nouns stays in the label ("passengers and crew").
                var afterAnd = scanner.Position;
                if (andEndsLabel || word is not ("and" or "And") || !scanner.SkipSpaces() || scanner.AtEnd || !char.IsLetter(scanner.Current))
                {
                    scanner.Position = wordStart;
                    break;
                }

                // "and" joins words and is not one of the four: "first-, second- and third-class passengers".
                scanner.Position = afterAnd;
                scanner.SkipSpaces();
                words--;
                continue;
            }

            end = scanner.Position;
            scanner.SkipSpaces();
        }

        scanner.Position = end;
        return end > start ? scanner.Text[start..end] : null;
    }

    // A modifier with a figure inside a counted noun: "8-inch" in "806,000 8-inch equivalent wafers".
    private static string? ReadFigureModifier(TextScanner scanner)
    {
        var text = scanner.Text;
        var start = scanner.Position;
        var position = start;
        while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            position++;
        if (position == start || position + 1 >= text.Length || text[position] != '-' || !char.IsLetter(text[position + 1]))
            return null;
        scanner.Position = position + 1;
        var rest = scanner.ReadWord();
        return rest is null ? null : text[start..scanner.Position];
    }

    private static bool StartsReservedPhrase(TextScanner scanner, bool andReserved)
    {
        var position = scanner.Position;
        var reserved = RatePeriods.Match(scanner).Phrase is not null || scanner.TryMatch("to") || (andReserved && scanner.TryMatch("and"));
        scanner.Position = position;
        return reserved;
    }

    private static string? TryReadCurrencyPrefix(TextScanner scanner, out bool yen)
    {
        yen = false;
        foreach (var (phrase, symbolCode) in Prefixes.At(scanner))
        {
            if (scanner.TryMatchBeforeFigure(phrase))
            {
                yen = Currencies.IsYenSymbol(phrase);
                return symbolCode;
            }
        }

        // "USD18.4 billion", "HKD 120 billion": an ISO code in capitals before a figure.
        var start = scanner.Position;
        if (Currencies.TryReadCode(scanner) is { } code)
        {
            var afterCode = scanner.Position;
            scanner.SkipSpaces();
            if (char.IsAsciiDigit(scanner.Current) || scanner.Current is '-' or '−')
            {
                scanner.Position = afterCode;
                return code;
            }
        }

        scanner.Position = start;
        return null;
    }

    private static readonly PhraseTable<double> Scales = new(Vocabulary.Scales);
    private static readonly PhraseTable<string> RatePeriods = new(Vocabulary.RatePeriods);
    private static readonly PhraseTable<string> CurrencySuffixes = new(Currencies.Suffixes);
    private static readonly PhraseTable<string> Prefixes = new(Currencies.Prefixes);

    // A sign directly before a figure or a currency symbol: "-3%", "-$5 billion", "+5%".
    private static bool TryReadSign(TextScanner scanner)
    {
        var next = scanner.Peek(1);
        if (!char.IsAsciiDigit(next) && !IsCurrencyStart(next))
            return false;
        if (scanner.Current is '-' or '\u2212')
        {
            scanner.Position++;
            return true;
        }

        if (scanner.Current == '+')
            scanner.Position++;
        return false;
    }

    private static bool IsCurrencyStart(char c) => c is '$' or '¥' or '€' or '£' or '₹' or '₩' or '₽' or '₺';

    private static bool Fail(string message, int offset, out string? error, out int errorOffset)
    {
        error = message;
        errorOffset = offset;
        return false;
    }
}
