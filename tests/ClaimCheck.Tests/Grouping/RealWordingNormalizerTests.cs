using ClaimCheck.Normalisation;
using ClaimCheck.Core;
using ClaimCheck.Quantities;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Grouping;

/// <summary>
/// Normalisation of values worded as real articles word them. Sources:
/// Global Times, 2018 (http://www.globaltimes.cn/content/1098569.shtml): "The 55-kilometer Hong Kong-Zhuhai-Macao
/// Bridge ... from three hours to just 30 minutes";
/// Kyodo, 2018-10-23 (https://this.kiji.is/427412773417976929): "around 15.7 billion yuan (US$2.3 billion)",
/// "Hong Kong has invested HK$120 billion (US$15.3 billion)";
/// SCMP, 2018-10-17 (https://www.scmp.com/news/hong-kong/transport/article/2168977/official-worlds-longest-bridge-hong-kong-zhuhai-macau):
/// "The 55km bridge";
/// Sun Sentinel, 1985-09-02 (https://www.sun-sentinel.com/news/fl-xpm-1985-09-02-8502060160-story.html):
/// "More than 1,500 passengers and crew died";
/// Britannica (https://britannica.com/question/Where-is-the-wreck-of-the-Titanic): "approximately 400 nautical miles (740 km)";
/// SCMP, 2022-08-29 (https://www.scmp.com/tech/big-tech/article/3190590/chinas-top-chip-maker-smic-achieves-7-nm-tech-breakthrough-par-intel):
/// "SMIC took two years to achieve the leap from 14-nm to 7-nm".
/// </summary>
public class RealWordingNormalizerTests
{
    private static readonly DateOnly Published = new(2018, 10, 23);

    private static NormalizedClaims Normalize(Registry registry, params Claim[] claims) =>
        ClaimNormalizer.Normalize(Make.Corpus(claims.Select(c => c.SourceId).Distinct().Select(s => Make.Source(s, Published)), claims, registry));

    [Test]
    public void Normalize_BridgeLengthsInRegistryKm_AllInKm()
    {
        var registry = Make.Registry([Make.Definition("hzmb.length", unit: "km")]);

        var result = Normalize(
            registry,
            Make.Claim("globaltimes", "length", "hzmb.length", value: "55-kilometer"),
            Make.Claim("scmp", "length", "hzmb.length", value: "55km"),
            Make.Claim("efe", "length", "hzmb.length", value: "55-kilometre"));

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Claims.Select(c => c.Quantity!.Unit), Is.All.EqualTo("km"));
        Assert.That(result.Claims.Select(c => c.Quantity!.Interval), Is.All.EqualTo(Interval.Closed(54.5, 55.5)));
    }

    [Test]
    public void Normalize_WreckDistanceInNauticalMiles_IsALength()
    {
        var registry = Make.Registry([Make.Definition("titanic.wreck-distance", unit: "km")]);

        var result = Normalize(registry, Make.Claim("britannica", "distance", "titanic.wreck-distance", value: "approximately 400 nautical miles"));

        var q = result.Claims.Single().Quantity!;
        Assert.That(q.Dimension, Is.EqualTo(Dimension.Length));
        Assert.That(q.Interval.Min, Is.EqualTo(360 * 1.852).Within(1e-9));
        Assert.That(q.Interval.Max, Is.EqualTo(440 * 1.852).Within(1e-9));
    }

    [Test]
    public void Normalize_UnknownUnitInALengthSubject_WarnsAtTheWordAndIsNotCompared()
    {
        var registry = Make.Registry([Make.Definition("hzmb.length", unit: "km")]);

        var result = Normalize(registry, Make.Claim("a", "length", "hzmb.length", value: "55 kilometrs"));

        var d = result.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo("CC0312"));
        Assert.That(d.Message, Does.Contain("'kilometrs'").And.Contain("a length").And.Contain("did you mean 'kilometers'?"));
        Assert.That(result.Claims.Single().Quantity, Is.Null);
    }

    [Test]
    public void Normalize_UnreadableFigureAmongQuantities_CC0301AtThePosition()
    {
        var result = Normalize(
            Registry.Empty,
            Make.Claim("a", "n", "titanic.deaths", value: "more than 1,500 passengers and crew"),
            Make.Claim("b", "n", "titanic.deaths", value: "1,517 (US inquiry)"));

        var d = result.Diagnostics.Single(x => x.Code == "CC0301");
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Message, Does.Contain("unexpected '(US'"));
        Assert.That(result.Claims[0].Quantity!.Label, Is.EqualTo("passengers and crew"));
        Assert.That(result.Claims[1].Category, Is.Null);
    }

    [Test]
    public void Normalize_FigureThatDoesNotReadAmongLabels_WarnsCC0310()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "n", "phone.network", value: "5G"));

        Assert.That(result.Diagnostics.Single().Code, Is.EqualTo("CC0310"));
        Assert.That(result.Claims.Single().Category, Is.EqualTo("5G"));
    }

    [Test]
    public void Normalize_BareYearBesideDates_IsADate()
    {
        var result = Normalize(
            Registry.Empty,
            Make.Claim("a", "opened", "hzmb.opened", value: "23 October 2018"),
            Make.Claim("b", "opened", "hzmb.opened", value: "2018"));

        Assert.That(result.Claims.Select(c => c.Quantity!.Unit), Is.All.EqualTo("date"));
        Assert.That(result.Claims[1].Quantity!.Interval.Overlaps(result.Claims[0].Quantity!.Interval), Is.True);
    }

    [Test]
    public void Normalize_KindDate_ReadsBareYear()
    {
        var registry = Make.Registry([Make.Definition("hzmb.construction-start", SubjectKind.Date)]);

        var result = Normalize(registry, Make.Claim("a", "start", "hzmb.construction-start", value: "2009"));

        Assert.That(result.Claims.Single().Quantity!.Dimension, Is.EqualTo(Dimension.Date));
    }

    [Test]
    public void Normalize_HongKongDollarsWithoutRate_CC0311NamingTheCurrency()
    {
        var result = Normalize(Registry.Empty, Make.Claim("kyodo", "hk-share", "hzmb.hk-investment", value: "HK$120 billion", period: "2018"));

        var d = result.Diagnostics.Single();
        Assert.That(d.Code, Is.EqualTo("CC0311"));
        Assert.That(d.Severity, Is.EqualTo(Severity.Error));
        Assert.That(d.Message, Does.Contain("no exchange rate for HKD"));
        Assert.That(result.Claims.Single().Category, Is.Null);
    }

    [Test]
    public void Normalize_YuanOfAYearOutsideTheTable_CC0311NamingCurrencyAndYear()
    {
        var result = Normalize(Registry.Empty, Make.Claim("a", "cost", "hzmb.cost", value: "15.7 billion yuan", period: "2009"));

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("no exchange rate for CNY in 2009"));
    }
}
