using ClaimCheck.Core;
using ClaimCheck.Quantities;

namespace ClaimCheck.Tests.Quantities;

/// <summary>
/// Every wording in the contract's list of "the wording real articles use", with the exact interval and unit it
/// must give (default tolerance 10%; a round figure such as "1,500" is widened by the tolerance, at most half a
/// unit of its last non-zero digit).
/// </summary>
public class WordingTests
{
    private const double Inf = double.PositiveInfinity;
    private const double Km = 1e12; // nm per km, the canonical length unit
    private const double Minute = 60; // s
    private const double Year = 365 * 86400; // s, the catalogue's year of 365 days
    private const double Mile = 1609.344e9; // nm

    // text, min, max, min inclusive, max inclusive, dimension, unit, label
    private static readonly object?[][] Readings =
    [
        // units and scales joined by a hyphen or nothing; -class/-long/-wide/-high read as the bare figure
        ["55-kilometer", 54.5 * Km, 55.5 * Km, true, true, "Length", "nm", null],
        ["55-kilometer-long", 54.5 * Km, 55.5 * Km, true, true, "Length", "nm", null],
        ["55kilometer", 54.5 * Km, 55.5 * Km, true, true, "Length", "nm", null],
        ["55-kilometre-wide", 54.5 * Km, 55.5 * Km, true, true, "Length", "nm", null],
        ["828m-high", 827.5e6, 828.5e6, true, true, "Count", "", null],
        ["$20-billion", 18e9, 22e9, true, true, "Currency", "USD", null],
        ["7-nanometre", 6.5, 7.5, true, true, "Length", "nm", null],
        ["7-nanometer", 6.5, 7.5, true, true, "Length", "nm", null],
        ["5nm-class", 4.5, 5.5, true, true, "Length", "nm", null],
        ["5-nm-class", 4.5, 5.5, true, true, "Length", "nm", null],

        // just/well over/under: just over X = (X, X + tolerance]; well over X = (X, +inf) (no figure for "well");
        // just under X = [X - tolerance, X); well under X = (-inf, X)
        ["just over 1,500", 1500d, 1650d, false, true, "Count", "", null],
        ["Just over 700", 700d, 770d, false, true, "Count", "", null],
        ["well over 1,500", 1500d, Inf, false, false, "Count", "", null],
        ["just under 1,500", 1350d, 1500d, true, false, "Count", "", null],
        ["well under 1,500", -Inf, 1500d, false, false, "Count", "", null],
        ["just 30 minutes", 27 * Minute, 33 * Minute, true, true, "Duration", "s", null],

        // counted noun phrases with "and", or with figures in their modifiers (the first figure is the value)
        ["more than 1,500 passengers and crew", 1500d, Inf, false, false, "Count", "", "passengers and crew"],
        ["1,500 passengers and crew", 1450d, 1550d, true, true, "Count", "", "passengers and crew"],
        ["806,000 8-inch equivalent wafers", 805_500d, 806_500d, true, true, "Count", "", "8-inch equivalent wafers"],
        // a counted noun joined by a hyphen ("a 66-qubit processor"), lower case only
        ["66-qubit", 65.5, 66.5, true, true, "Count", "", "qubit"],
        ["66-qubit processor", 65.5, 66.5, true, true, "Count", "", "qubit processor"],

        // thousands grouped by a space, a no-break space or a narrow space
        ["1 500 people", 1450d, 1550d, true, true, "Count", "", "people"],
        ["1\u202F500", 1450d, 1550d, true, true, "Count", "", null],
        ["1\u00A0517", 1516.5, 1517.5, true, true, "Count", "", null],
        ["10 000 000", 9e6, 11e6, true, true, "Count", "", null],

        // per cent
        ["45 per cent", 44.5, 45.5, true, true, "Percent", "%", null],
        ["45 percent", 44.5, 45.5, true, true, "Percent", "%", null],

        // number words and fractions (a fraction is a share, widened by the tolerance as a round figure is)
        ["three", 2.5, 3.5, true, true, "Count", "", null],
        ["twelve", 11.5, 12.5, true, true, "Count", "", null],
        ["twenty-five", 24.5, 25.5, true, true, "Count", "", null],
        ["a dozen", 11.5, 12.5, true, true, "Count", "", null],
        ["a hundred", 90d, 110d, true, true, "Count", "", null],
        ["three people", 2.5, 3.5, true, true, "Count", "", "people"],
        ["half", 45d, 55d, true, true, "Percent", "%", null],
        ["a third", 30d, 100d / 3 * 1.1, true, true, "Percent", "%", null],
        ["one-third", 30d, 100d / 3 * 1.1, true, true, "Percent", "%", null],
        ["two-thirds", 60d, 200d / 3 * 1.1, true, true, "Percent", "%", null],
        ["a quarter", 22.5, 27.5, true, true, "Percent", "%", null],
        ["three-quarters", 67.5, 82.5, true, true, "Percent", "%", null],
        ["1.5 million", 1.45e6, 1.55e6, true, true, "Count", "", null],
        ["one and a half", 1.45, 1.55, true, true, "Count", "", null],
        ["three million", 2.5e6, 3.5e6, true, true, "Count", "", null],

        // units of the catalogue (UnitsNet), canonical units: nm, km², s, kg, m³, J, W, km/h, B
        ["some 700 nautical miles", 630 * 1852e9, 770 * 1852e9, true, true, "Length", "nm", null],
        ["34 miles", 33.5 * 1609.344e9, 34.5 * 1609.344e9, true, true, "Length", "nm", null],
        ["about 800km", 720 * Km, 880 * Km, true, true, "Length", "nm", null],
        ["12,500 feet", 12_450 * 0.3048e9, 12_550 * 0.3048e9, true, true, "Length", "nm", null],
        ["6 inches", 5.5 * 0.0254e9, 6.5 * 0.0254e9, true, true, "Length", "nm", null],
        ["107 mm2", 106.5e-12, 107.5e-12, true, true, "Area", "km²", null],
        ["107 mm²", 106.5e-12, 107.5e-12, true, true, "Area", "km²", null],
        ["5 sq mi", 4.5 * 2.589988110336, 5.5 * 2.589988110336, true, true, "Area", "km²", null],
        ["35 hectares", 0.345, 0.355, true, true, "Area", "km²", null],
        ["30 minutes", 27 * Minute, 33 * Minute, true, true, "Duration", "s", null],
        ["three hours", 2.5 * 3600, 3.5 * 3600, true, true, "Duration", "s", null],
        ["45-minute", 44.5 * Minute, 45.5 * Minute, true, true, "Duration", "s", null],
        ["3.5 hours", 3.45 * 3600, 3.55 * 3600, true, true, "Duration", "s", null],
        ["2 hours and 40 minutes", 155 * Minute, 165 * Minute, true, true, "Duration", "s", null],

        // wordings of the real-article corpora (issue 15): compound durations take the last part's precision;
        // "a"/"an" before a unit is one of it; "several" is 3 to 9, "hundreds of" 200 to 1,000; a fraction before a
        // unit is that part of the unit; an ordinal counts as its figure; a counted noun may be a list
        ["two hours 15 minutes", 134.5 * Minute, 135.5 * Minute, true, true, "Duration", "s", null],
        ["around three hours fifteen minutes", 175.5 * Minute, 214.5 * Minute, true, true, "Duration", "s", null],
        ["within five years", -Inf, 5 * Year, false, true, "Duration", "s", null],
        ["in five years", 4.5 * Year, 5.5 * Year, true, true, "Duration", "s", null],
        ["a year", 0.5 * Year, 1.5 * Year, true, true, "Duration", "s", null],
        ["an hour", 0.5 * 3600, 1.5 * 3600, true, true, "Duration", "s", null],
        ["several hours", 3 * 3600, 9 * 3600, true, true, "Duration", "s", null],
        ["Nearly a decade", 9 * Year, 10 * Year, true, false, "Duration", "s", null],
        ["within a decade", -Inf, 10 * Year, false, true, "Duration", "s", null],
        ["half-mile-high", 0.45 * Mile, 0.55 * Mile, true, true, "Length", "nm", null],
        ["half an hour", 27 * Minute, 33 * Minute, true, true, "Duration", "s", null],
        ["three-quarters of a mile", 0.675 * Mile, 0.825 * Mile, true, true, "Length", "nm", null],
        ["124th floor", 123.5, 124.5, true, true, "Count", "", "floor"],
        ["12,000 engineers, technicians and workers", 11_500d, 12_500d, true, true, "Count", "", "engineers, technicians and workers"],
        ["2,000 craftsmen, architects, and engineers", 1_800d, 2_200d, true, true, "Count", "", "craftsmen, architects, and engineers"],
        // Wikipedia, "Passengers of the Titanic" and "RMS Titanic": "a total of" is the figure itself
        ["A total of 2,240 people", 2_235d, 2_245d, true, true, "Count", "", "people"],
        ["total of 2,208 people", 2_207.5, 2_208.5, true, true, "Count", "", "people"],
        ["a total of about 2,200 passengers and crew", 1_980d, 2_420d, true, true, "Count", "", "passengers and crew"],
        // FMT, "Remembering Titanic": modifiers joined by suspended hyphens; "and" is not one of the label's four words
        ["around 1,300 first-, second- and third-class passengers", 1_170d, 1_430d, true, true, "Count", "", "first-, second- and third-class passengers"],
        ["several hundred people", 300d, 900d, true, true, "Count", "", "people"],
        ["hundreds of millions of people", 200e6, 1e9, true, true, "Count", "", "people"],
        ["only some 174", 156.6, 191.4, true, true, "Count", "", null],
        ["nearing $1 billion", 0.9e9, 1e9, true, false, "Currency", "USD", null],
        ["a full 319 metres", 318.5e9, 319.5e9, true, true, "Length", "nm", null],
        ["7 days", 6.5 * 86400, 7.5 * 86400, true, true, "Duration", "s", null],

        // an age is the duration its figure names; 850 is round: at most half a unit of its last non-zero digit
        ["850-year-old", 845 * Year, 855 * Year, true, true, "Duration", "s", null],
        ["861-year-old", 860.5 * Year, 861.5 * Year, true, true, "Duration", "s", null],
        ["850 years old", 845 * Year, 855 * Year, true, true, "Duration", "s", null],
        ["about 850 years old", 765 * Year, 935 * Year, true, true, "Duration", "s", null],
        ["six-month-old", 5.5 * 30 * 86400, 6.5 * 30 * 86400, true, true, "Duration", "s", null],
        ["46,328 tonnes", 46_327.5e3, 46_328.5e3, true, true, "Mass", "kg", null],
        ["5 litres", 4.5e-3, 5.5e-3, true, true, "Volume", "m³", null],
        ["3 GW", 2.5e9, 3.5e9, true, true, "Power", "W", null],
        ["7 kWh", 6.5 * 3.6e6, 7.5 * 3.6e6, true, true, "Energy", "J", null],
        ["23 knots", 22.5 * 1.852, 23.5 * 1.852, true, true, "Speed", "km/h", null],
        ["5 TB", 4.5e12, 5.5e12, true, true, "DataSize", "B", null],

        // the rest of the contract's unit list, abbreviations and plurals, and scales k/bn, a per-day rate
        ["5 cm", 4.5e7, 5.5e7, true, true, "Length", "nm", null],
        ["2 µm", 1.5e3, 2.5e3, true, true, "Length", "nm", null],
        ["700 nmi", 650 * 1852e9, 750 * 1852e9, true, true, "Length", "nm", null],
        ["150 ft", 145 * 0.3048e9, 155 * 0.3048e9, true, true, "Length", "nm", null],
        ["6 in", 5.5 * 0.0254e9, 6.5 * 0.0254e9, true, true, "Length", "nm", null],
        ["3 mi", 2.5 * Mile, 3.5 * Mile, true, true, "Length", "nm", null],
        ["20 acres", 18 * 4046.8564224e-6, 22 * 4046.8564224e-6, true, true, "Area", "km²", null],
        ["4,000 m²", 3600e-6, 4400e-6, true, true, "Area", "km²", null],
        ["2 ha", 0.015, 0.025, true, true, "Area", "km²", null],
        ["3 seconds", 2.5, 3.5, true, true, "Duration", "s", null],
        ["45 min", 44.5 * Minute, 45.5 * Minute, true, true, "Duration", "s", null],
        ["3 h", 2.5 * 3600, 3.5 * 3600, true, true, "Duration", "s", null],
        ["two weeks", 1.5 * 604800, 2.5 * 604800, true, true, "Duration", "s", null],
        ["5 months", 4.5 * 30 * 86400, 5.5 * 30 * 86400, true, true, "Duration", "s", null],
        ["$21 bn", 20.5e9, 21.5e9, true, true, "Currency", "USD", null],
        ["5k", 4500d, 5500d, true, true, "Count", "", null],
        ["75 metres per day", 74.5e9, 75.5e9, true, true, "Length", "nm", null],
    ];

    [TestCaseSource(nameof(Readings))]
    public void Parse_ContractWording_GivesExactInterval(
        string text, double min, double max, bool minInclusive, bool maxInclusive, string dimension, string unit, string? label)
    {
        var result = QuantityParser.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        var q = result.Value!;
        Assert.That(q.Interval.Min, Is.EqualTo(min).Within(Math.Abs(min) * 1e-9 + 1e-12), "min");
        Assert.That(q.Interval.Max, Is.EqualTo(max).Within(Math.Abs(max) * 1e-9 + 1e-12), "max");
        Assert.That(q.Interval.MinInclusive, Is.EqualTo(minInclusive), "min inclusive");
        Assert.That(q.Interval.MaxInclusive, Is.EqualTo(maxInclusive), "max inclusive");
        Assert.That(q.Dimension.ToString(), Is.EqualTo(dimension));
        Assert.That(q.Unit, Is.EqualTo(unit));
        Assert.That(q.Label, Is.EqualTo(label));
    }

    // The registry's unit is honoured: the figures are in it, and the JSON's unit is its symbol.
    [TestCase("55-kilometer", "km", 54.5, 55.5, "km")]
    [TestCase("55 km", "kilometres", 54.5, 55.5, "km")]
    [TestCase("some 700 nautical miles", "km", 630 * 1.852, 770 * 1.852, "km")]
    [TestCase("34 miles", "mi", 33.5, 34.5, "mi")]
    [TestCase("828 m", "m", 827.5, 828.5, "m")]
    [TestCase("828m-high", "metres", 827.5, 828.5, "m")]
    [TestCase("107 mm2", "mm²", 106.5, 107.5, "mm²")]
    [TestCase("three hours", "minutes", 150, 210, "min")]
    [TestCase("hundreds of million of euros", "EUR", 2e8, 1e9, "EUR")]
    [TestCase("two hours 15 minutes", "min", 134.5, 135.5, "min")]
    [TestCase("Nearly a decade", "year", 9, 10, "yr")]
    public void Parse_RegistryUnit_ConvertsToIt(string text, string registryUnit, double min, double max, string unit)
    {
        var q = QuantityParser.Parse(text, new QuantityOptions(TargetUnit: registryUnit)).Value!;

        Assert.That(q.Interval.Min, Is.EqualTo(min).Within(1e-9 * max));
        Assert.That(q.Interval.Max, Is.EqualTo(max).Within(1e-9 * max));
        Assert.That(q.Unit, Is.EqualTo(unit));
    }

    [Test]
    public void Parse_MetreScaleWithoutLengthUnit_IsMillion()
    {
        // The contract's scale "m" ("$5m", "3m"); only a subject measured in a length reads "828 m" as metres.
        Assert.That(QuantityParser.Parse("3m").Value!.Figure, Is.EqualTo(3e6));
        Assert.That(QuantityParser.Parse("828 m", new QuantityOptions(TargetUnit: "km")).Value!.Figure, Is.EqualTo(0.828).Within(1e-12));
    }

    // Currencies: every ISO 4217 code before or after the figure, attached or spaced, and the common symbols.
    [TestCase("RMB120 billion", "CNY", 115e9, 125e9)]
    [TestCase("USD18.4 billion", "USD", 18.35e9, 18.45e9)]
    [TestCase("USD 18.4 billion", "USD", 18.35e9, 18.45e9)]
    [TestCase("120 billion HKD", "HKD", 115e9, 125e9)]
    [TestCase("HKD120 billion", "HKD", 115e9, 125e9)]
    [TestCase("HK$120 billion", "HKD", 115e9, 125e9)]
    [TestCase("NT$1.2 trillion", "TWD", 1.15e12, 1.25e12)]
    [TestCase("S$5 billion", "SGD", 4.5e9, 5.5e9)]
    [TestCase("A$3 million", "AUD", 2.5e6, 3.5e6)]
    [TestCase("C$7 billion", "CAD", 6.5e9, 7.5e9)]
    [TestCase("NZ$2 billion", "NZD", 1.5e9, 2.5e9)]
    [TestCase("R$4 billion", "BRL", 3.5e9, 4.5e9)]
    [TestCase("₹4,500 crore-free 4,500", "INR", 0, 0)]
    [TestCase("₹4,500", "INR", 4450, 4550)]
    [TestCase("₩1.5 trillion", "KRW", 1.45e12, 1.55e12)]
    [TestCase("₽800 billion", "RUB", 750e9, 850e9)]
    [TestCase("₺12 billion", "TRY", 11.5e9, 12.5e9)]
    [TestCase("CHF 1.3 billion", "CHF", 1.25e9, 1.35e9)]
    [TestCase("Fr. 1.3 billion", "CHF", 1.25e9, 1.35e9)]
    [TestCase("15.7 billion yuan", "CNY", 15.65e9, 15.75e9)]
    [TestCase("500 million yen", "JPY", 450e6, 550e6)]
    [TestCase("3 billion ZAR", "ZAR", 2.5e9, 3.5e9)]
    [TestCase("MXN 40 billion", "MXN", 36e9, 44e9)]
    public void Parse_Currency_ReadsCodeAndInterval(string text, string code, double min, double max)
    {
        // The subject is kept in that currency, so the figures are as written (no rate needed in the test).
        var rates = RateTable.Default.With([new ExchangeRate(code, 2024, 1.0, "test")]);
        var result = QuantityParser.Parse(text, new QuantityOptions(Year: 2024, Rates: rates, TargetUnit: code));

        if (min == 0 && max == 0)
        {
            Assert.That(result.Success, Is.False, "trailing words after a figure do not read");
            return;
        }

        Assert.That(result.Success, Is.True, result.Error);
        Assert.That(result.Value!.Dimension, Is.EqualTo(Dimension.Currency));
        Assert.That(result.Value.Unit, Is.EqualTo(code));
        Assert.That(result.Value.Interval.Min, Is.EqualTo(min).Within(1e-9 * max));
        Assert.That(result.Value.Interval.Max, Is.EqualTo(max).Within(1e-9 * max));
    }

    [TestCase("all 5")]
    [TestCase("top 10")]
    public void Parse_LowerCaseWordThatIsACode_IsNoCurrency(string text)
    {
        // Codes are read in capitals only, so "all" (ALL, the lek) or "top" (TOP) never become money.
        Assert.That(QuantityParser.Parse(text).Value?.Dimension, Is.Not.EqualTo(Dimension.Currency));
    }

    [Test]
    public void Parse_YenSymbol_IsYuanUnlessRegistrySaysJpy()
    {
        var rates = RateTable.Default.With([new ExchangeRate("JPY", 2024, 151.4, "test")]);

        Assert.That(QuantityParser.Parse("¥500 billion", new QuantityOptions(Year: 2024, Rates: rates)).Value!.Rate!.Currency, Is.EqualTo("CNY"));
        Assert.That(QuantityParser.Parse("¥500 billion", new QuantityOptions(Year: 2024, Rates: rates, TargetUnit: "JPY")).Value!.Unit, Is.EqualTo("JPY"));
    }

    [Test]
    public void Parse_CurrencyWithoutRate_FailsNamingIt()
    {
        var result = QuantityParser.Parse("HK$120 billion", new QuantityOptions(Year: 2018));

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.StartWith("no exchange rate for HKD"));
    }

    // Dates: the interval of days they name.
    [TestCase("24 October 2018", "2018-10-24", "2018-10-24")]
    [TestCase("Oct. 24, 2018", "2018-10-24", "2018-10-24")]
    [TestCase("October 24th, 2018", "2018-10-24", "2018-10-24")]
    [TestCase("October 2018", "2018-10-01", "2018-10-31")]
    [TestCase("2018-10-24", "2018-10-24", "2018-10-24")]
    [TestCase("Q2 2018", "2018-04-01", "2018-06-30")]
    [TestCase("Q2 of 2018", "2018-04-01", "2018-06-30")]
    [TestCase("H1 2018", "2018-01-01", "2018-06-30")]
    [TestCase("mid-2018", "2018-05-01", "2018-08-31")]
    [TestCase("early 2018", "2018-01-01", "2018-04-30")]
    [TestCase("late 2018", "2018-09-01", "2018-12-31")]
    [TestCase("the 2010s", "2010-01-01", "2019-12-31")]
    [TestCase("in 2009", "2009-01-01", "2009-12-31")]
    [TestCase("on 23 October 2018", "2018-10-23", "2018-10-23")]
    [TestCase("before 2020", null, "2019-12-31")]
    [TestCase("by 2019", null, "2019-12-31")]
    [TestCase("after March 2018", "2018-04-01", null)]
    [TestCase("since 2009", "2009-01-01", null)]
    public void Parse_Date_GivesItsDays(string text, string? min, string? max)
    {
        var q = QuantityParser.Parse(text).Value!;

        Assert.That(q.Dimension, Is.EqualTo(Dimension.Date));
        Assert.That(q.Unit, Is.EqualTo("date"));
        Assert.That(q.Interval.Min, Is.EqualTo(min is null ? double.NegativeInfinity : DateOnly.Parse(min, System.Globalization.CultureInfo.InvariantCulture).DayNumber));
        Assert.That(q.Interval.Max, Is.EqualTo(max is null ? double.PositiveInfinity : DateOnly.Parse(max, System.Globalization.CultureInfo.InvariantCulture).DayNumber));
    }

    [Test]
    public void Parse_BareYear_IsADateOnlyWhereTheSubjectSaysSo()
    {
        Assert.That(QuantityParser.Parse("2018").Value!.Dimension, Is.EqualTo(Dimension.Count));
        var date = QuantityParser.Parse("2018", new QuantityOptions(BareYearIsDate: true)).Value!;
        Assert.That(date.Dimension, Is.EqualTo(Dimension.Date));
        Assert.That(date.Interval, Is.EqualTo(Interval.Closed(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2018, 12, 31).DayNumber)));

        // "2018 passengers" stays a count even in a date subject.
        Assert.That(QuantityParser.Parse("2018 passengers", new QuantityOptions(BareYearIsDate: true)).Value!.Dimension, Is.EqualTo(Dimension.Count));
    }

    [Test]
    public void Parse_DatesContainedAndDisjoint()
    {
        var year = QuantityParser.Parse("2018", new QuantityOptions(BareYearIsDate: true)).Value!.Interval;
        var day = QuantityParser.Parse("24 October 2018").Value!.Interval;
        var y2009 = QuantityParser.Parse("2009", new QuantityOptions(BareYearIsDate: true)).Value!.Interval;
        var y2011 = QuantityParser.Parse("2011", new QuantityOptions(BareYearIsDate: true)).Value!.Interval;

        Assert.That(year.Overlaps(day), Is.True);
        Assert.That(y2009.Overlaps(y2011), Is.False);
    }

    // Values that do not read say what was expected where reading stopped.
    [TestCase("1e312 trillion", 0, "out of range: '1e312'")]
    [TestCase("24 Octobre 2018", 11, "unexpected '2018' after the counted noun")]
    [TestCase("October 32, 2018", 8, "has no day 32")]
    [TestCase("Q5 2018", 1, "a quarter is Q1 to Q4")]
    [TestCase("55 kilometer long", 13, "expected the end of the value")]
    public void Parse_Unreadable_SaysWhatWasExpected(string text, int offset, string message)
    {
        var result = QuantityParser.Parse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Offset, Is.EqualTo(offset), result.Error);
        Assert.That(result.Error, Does.Contain(message));
    }

    [TestCase("One World Trade Center")]
    [TestCase("Three Gorges Dam")]
    [TestCase("May")]
    [TestCase("in Shanghai")]
    public void Parse_NamesThatStartLikeNumbersOrDates_StayCategories(string text)
    {
        Assert.That(QuantityParser.Parse(text).Success, Is.False);
    }
}
