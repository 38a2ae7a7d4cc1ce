using ClaimCheck.Quantities;
using NUnit.Framework;

namespace ClaimCheck.Tests.Quantities;

public class PeriodParserTests
{
    private static readonly DateOnly Published = new(2025, 3, 10);

    // text, start, end, display (published 2025-03-10)
    [TestCase("2024", "2024-01-01", "2024-12-31", "2024")]
    [TestCase("2024-Q3", "2024-07-01", "2024-09-30", "2024-Q3")]
    [TestCase("2024-q1", "2024-01-01", "2024-03-31", "2024-Q1")]
    [TestCase("Q4 2024", "2024-10-01", "2024-12-31", "2024-Q4")]
    [TestCase("2024-03", "2024-03-01", "2024-03-31", "2024-03")]
    [TestCase("2024-02", "2024-02-01", "2024-02-29", "2024-02")]
    [TestCase("2024-03-15", "2024-03-15", "2024-03-15", "2024-03-15")]
    [TestCase("2020..2024", "2020-01-01", "2024-12-31", "2020..2024")]
    [TestCase("2020 to 2024", "2020-01-01", "2024-12-31", "2020..2024")]
    [TestCase("2020-2024", "2020-01-01", "2024-12-31", "2020..2024")]
    [TestCase("2024-03..2024-06", "2024-03-01", "2024-06-30", "2024-03-01..2024-06-30")]
    [TestCase("since 2020", "2020-01-01", "2025-03-10", "2020..2025-03-10")]
    [TestCase("last year", "2024-01-01", "2024-12-31", "2024")]
    [TestCase("Last Year", "2024-01-01", "2024-12-31", "2024")]
    [TestCase("this year", "2025-01-01", "2025-12-31", "2025")]
    [TestCase("next year", "2026-01-01", "2026-12-31", "2026")]
    [TestCase("last quarter", "2024-10-01", "2024-12-31", "2024-Q4")]
    [TestCase("this quarter", "2025-01-01", "2025-03-31", "2025-Q1")]
    [TestCase("next quarter", "2025-04-01", "2025-06-30", "2025-Q2")]
    [TestCase("last month", "2025-02-01", "2025-02-28", "2025-02")]
    [TestCase("five years ago", "2020-01-01", "2020-12-31", "2020")]
    [TestCase("5 years ago", "2020-01-01", "2020-12-31", "2020")]
    [TestCase("a year ago", "2024-01-01", "2024-12-31", "2024")]
    [TestCase("twelve years ago", "2013-01-01", "2013-12-31", "2013")]
    [TestCase("  2024  ", "2024-01-01", "2024-12-31", "2024")]
    [TestCase("2020–2024", "2020-01-01", "2024-12-31", "2020..2024")]
    [TestCase("this month", "2025-03-01", "2025-03-31", "2025-03")]
    [TestCase("next month", "2025-04-01", "2025-04-30", "2025-04")]
    [TestCase("previous year", "2024-01-01", "2024-12-31", "2024")]
    [TestCase("since 2024-06", "2024-06-01", "2025-03-10", "2024-06-01..2025-03-10")]
    public void Parse_Form_ResolvesAgainstPublished(string text, string start, string end, string display)
    {
        var result = PeriodParser.Parse(text, Published);

        Assert.That(result.Success, Is.True, result.Error);
        var period = result.Value!;
        Assert.Multiple(() =>
        {
            Assert.That(period.Start, Is.EqualTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(period.End, Is.EqualTo(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(period.State, Is.EqualTo(PeriodState.Resolved));
            Assert.That(period.IsTarget, Is.False);
            Assert.That(period.Display, Is.EqualTo(display));
            Assert.That(period.Text, Is.EqualTo(text));
        });
    }

    [Test]
    public void Parse_ByYear_IsTargetSpeakingOfThatYear()
    {
        // The contract: "by 2028" speaks of 2028, not of every year before it.
        var period = PeriodParser.Parse("by 2030", Published).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(period.IsTarget, Is.True);
            Assert.That(period.Start, Is.EqualTo(new DateOnly(2030, 1, 1)));
            Assert.That(period.End, Is.EqualTo(new DateOnly(2030, 12, 31)));
            Assert.That(period.Display, Is.EqualTo("by 2030"));
            Assert.That(period.Year, Is.EqualTo(2030));
        });
    }

    [Test]
    public void Parse_WithoutPublished_SinceAndByStayOpen()
    {
        var since = PeriodParser.Parse("since 2020", null).Value!;
        var by = PeriodParser.Parse("by 2030", null).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(since.Start, Is.EqualTo(new DateOnly(2020, 1, 1)));
            Assert.That(since.End, Is.Null);
            Assert.That(since.Display, Is.EqualTo("since 2020"));
            Assert.That(by.Start, Is.EqualTo(new DateOnly(2030, 1, 1)));
            Assert.That(by.IsTarget, Is.True);
        });
    }

    [TestCase("last year")]
    [TestCase("next quarter")]
    [TestCase("five years ago")]
    [TestCase("this year")]
    public void Parse_RelativeWithoutPublished_IsUnresolved(string text)
    {
        var period = PeriodParser.Parse(text, null).Value!;

        Assert.That(period.State, Is.EqualTo(PeriodState.Unresolved));
        Assert.That(period.Start, Is.Null);
        Assert.That(period.Display, Is.EqualTo($"unresolved: {text}"));
        Assert.That(period.Year, Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Parse_NoPeriod_IsTwelveMonthsToPublished(string? text)
    {
        var period = PeriodParser.Parse(text, Published).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(period.Start, Is.EqualTo(new DateOnly(2024, 3, 11)));
            Assert.That(period.End, Is.EqualTo(Published));
            Assert.That(period.State, Is.EqualTo(PeriodState.Resolved));
            Assert.That(period.Display, Is.EqualTo("12 months to 2025-03-10"));
            Assert.That(period.Year, Is.EqualTo(2024));
        });
    }

    [Test]
    public void Parse_NoPeriodNoDate_IsUndatedPresent()
    {
        var period = PeriodParser.Parse(null, null).Value!;

        Assert.That(period.State, Is.EqualTo(PeriodState.UndatedPresent));
        Assert.That(period.Display, Is.EqualTo("undated present"));
    }

    // text, offset of the bad part
    [TestCase("2024-13", 5)]
    [TestCase("2024-00", 5)]
    [TestCase("2024-Q5", 6)]
    [TestCase("2024-Q0", 6)]
    [TestCase("Q7 2024", 1)]
    [TestCase("2025-02-30", 8)]
    [TestCase("2023-02-29", 8)]
    [TestCase("2024..2020", 6)]
    [TestCase("20245", 0)]
    [TestCase("yesterday", 0)]
    [TestCase("in 2024", 0)]
    [TestCase("2024 onwards", 5)]
    [TestCase("since", 5)]
    [TestCase("since 2030", 6)]
    [TestCase("five months ago", 5)]
    [TestCase("0000", 0)]
    [TestCase("2024-03-15 to", 13)]
    public void Parse_Invalid_FailsAtOffset(string text, int offset)
    {
        var result = PeriodParser.Parse(text, Published);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Offset, Is.EqualTo(offset), result.Error);
    }

    [TestCase("2024", "2024-Q3", true)]
    [TestCase("2023", "2024", false)]
    [TestCase("2020..2024", "2024-12-31", true)]
    [TestCase("2024-12-31", "2025", false)]
    [TestCase("since 2020", "2030", false)]
    [TestCase("2024", "last year", true)]
    [TestCase("2020", "five years ago", true)]
    [TestCase("2019", "five years ago", false)]
    public void Overlaps_ResolvedPeriods_ShareADay(string a, string b, bool expected)
    {
        var first = PeriodParser.Parse(a, Published).Value!;
        var second = PeriodParser.Parse(b, Published).Value!;

        Assert.That(first.Overlaps(second), Is.EqualTo(expected));
        Assert.That(second.Overlaps(first), Is.EqualTo(expected));
    }

    [Test]
    public void Overlaps_OpenEnds_AreUnbounded()
    {
        var since = PeriodParser.Parse("since 2020", null).Value!;
        var by = PeriodParser.Parse("by 2030", null).Value!;

        Assert.That(since.Overlaps(PeriodParser.Parse("2040", null).Value!), Is.True);
        Assert.That(by.Overlaps(PeriodParser.Parse("1990", null).Value!), Is.False, "a target speaks of its year only");
        Assert.That(by.Overlaps(PeriodParser.Parse("2030-06", null).Value!), Is.True);
        Assert.That(since.Overlaps(PeriodParser.Parse("2019", null).Value!), Is.False);
    }

    [Test]
    public void Overlaps_UnresolvedOrUndated_OverlapsAnything()
    {
        var unresolved = PeriodParser.Parse("last year", null).Value!;
        var undated = PeriodParser.Parse(null, null).Value!;
        var old = PeriodParser.Parse("1990", null).Value!;

        Assert.That(unresolved.Overlaps(old), Is.True);
        Assert.That(undated.Overlaps(old), Is.True);
        Assert.That(undated.Overlaps(undated), Is.True);
    }

    [TestCase("2024", 2024)]
    [TestCase("2020..2024", 2022)]
    [TestCase("2024-Q3", 2024)]
    public void Year_ResolvedPeriod_IsYearOfItsMiddle(string text, int year)
    {
        Assert.That(PeriodParser.Parse(text, Published).Value!.Year, Is.EqualTo(year));
    }

    // The contract's period forms, with the days each names.
    [TestCase("2024-H1", "2024-01-01", "2024-06-30")]
    [TestCase("H1 2024", "2024-01-01", "2024-06-30")]
    [TestCase("FY2024", "2024-01-01", "2024-12-31")]
    [TestCase("the 2010s", "2010-01-01", "2019-12-31")]
    [TestCase("Q3 2024", "2024-07-01", "2024-09-30")]
    [TestCase("March 2024", "2024-03-01", "2024-03-31")]
    [TestCase("15 March 2024", "2024-03-15", "2024-03-15")]
    [TestCase("early 2024", "2024-01-01", "2024-04-30")]
    [TestCase("mid-2024", "2024-05-01", "2024-08-31")]
    [TestCase("late 2024", "2024-09-01", "2024-12-31")]
    [TestCase("five years ago", "2020-01-01", "2020-12-31")]
    [TestCase("in five years", "2030-01-01", "2030-12-31")]
    [TestCase("last month", "2025-02-01", "2025-02-28")]
    [TestCase("by 2028", "2028-01-01", "2028-12-31")]
    public void Parse_ContractForm_GivesItsDays(string text, string start, string end)
    {
        var period = PeriodParser.Parse(text, new DateOnly(2025, 3, 10)).Value!;

        Assert.That(period.Start, Is.EqualTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(period.End, Is.EqualTo(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Overlaps_TargetAndOwnFiveYearsAgo_DoNotOverlap()
    {
        var published = new DateOnly(2023, 6, 1);

        Assert.That(PeriodParser.Parse("by 2028", published).Value!.Overlaps(PeriodParser.Parse("five years ago", published).Value!), Is.False);
    }
}
