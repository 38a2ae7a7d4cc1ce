using System.Collections.Frozen;

namespace ClaimCheck.Quantities;

/// <summary>The currencies values are written in: ISO 4217 codes, the common symbols and a few names.</summary>
internal static class Currencies
{
    /// <summary>The active ISO 4217 alphabetic codes (list of the ISO 4217 maintenance agency, 2025), without the test and "no currency" codes.</summary>
    public static readonly FrozenSet<string> IsoCodes = (
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD "
        + "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP "
        + "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW "
        + "KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD "
        + "NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE "
        + "SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED "
        + "VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL")
        .Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Symbols written before the figure (lower case, as the scanner matches), longest first.</summary>
    public static readonly (string Phrase, string Currency)[] Prefixes =
    [
        ("mop$", "MOP"), ("us$", "USD"), ("hk$", "HKD"), ("nt$", "TWD"), ("nz$", "NZD"), ("au$", "AUD"), ("ca$", "CAD"),
        ("cn¥", "CNY"), ("rmb", "CNY"), ("usd", "USD"), ("cny", "CNY"), ("eur", "EUR"), ("gbp", "GBP"), ("fr.", "CHF"),
        ("s$", "SGD"), ("a$", "AUD"), ("c$", "CAD"), ("r$", "BRL"),
        ("$", "USD"), ("¥", "CNY"), ("€", "EUR"), ("£", "GBP"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"),
    ];

    /// <summary>Names and lower-case codes written after the figure, longest first.</summary>
    public static readonly (string Phrase, string Currency)[] Suffixes =
    [
        ("hong kong dollars", "HKD"), ("singapore dollars", "SGD"), ("australian dollars", "AUD"), ("canadian dollars", "CAD"),
        ("us dollars", "USD"), ("hk dollars", "HKD"), ("dollars", "USD"), ("renminbi", "CNY"), ("yuan", "CNY"),
        ("euros", "EUR"), ("euro", "EUR"), ("yen", "JPY"), ("rupees", "INR"), ("roubles", "RUB"), ("rubles", "RUB"),
        ("swiss francs", "CHF"), ("won", "KRW"), ("usd", "USD"), ("cny", "CNY"), ("rmb", "CNY"), ("eur", "EUR"), ("gbp", "GBP"),
    ];

    /// <summary>True when a prefix symbol stands for "¥", which a registry can make JPY.</summary>
    public static bool IsYenSymbol(string phrase) => phrase == "¥";

    /// <summary>
    /// Reads an upper-case ISO 4217 code at the scanner ("USD18.4 billion", "120 billion HKD"); a code must be
    /// written in capitals, so words such as "all" or "top" are never read as currencies.
    /// </summary>
    public static string? TryReadCode(TextScanner scanner)
    {
        var text = scanner.Text;
        var at = scanner.Position;
        if (at + 3 > text.Length || !char.IsAsciiLetterUpper(text[at]) || !char.IsAsciiLetterUpper(text[at + 1]) || !char.IsAsciiLetterUpper(text[at + 2]))
            return null;
        if (at + 3 < text.Length && char.IsLetter(text[at + 3]))
            return null;
        var lookup = IsoCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(text.AsSpan(at, 3), out var code))
            return null;
        scanner.Position = at + 3;
        return code;
    }

    /// <summary>A currency code for a unit as a registry or rate table writes it ("CNY", "rmb", "¥", "HK$"), or null.</summary>
    public static string? Code(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return null;

        // The common case, a code as the parser gives it ("CNY"): no scan.
        if (unit.Length == 3 && char.IsAsciiLetterUpper(unit[0]) && char.IsAsciiLetterUpper(unit[1]) && char.IsAsciiLetterUpper(unit[2]))
            return unit;
        var trimmed = unit.Trim();
        var scanner = new TextScanner(trimmed);
        foreach (var (phrase, currency) in Prefixes)
        {
            scanner.Position = 0;
            if (scanner.TryMatch(phrase) && scanner.AtEnd)
                return currency;
        }

        foreach (var (phrase, currency) in Suffixes)
        {
            scanner.Position = 0;
            if (scanner.TryMatch(phrase) && scanner.AtEnd)
                return currency;
        }

        // A registry may name a code outside ISO 4217 for its own rates; values still only read ISO codes.
        return trimmed.Length == 3 && trimmed.All(char.IsAsciiLetter) ? trimmed.ToUpperInvariant() : null;
    }
}
