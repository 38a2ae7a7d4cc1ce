using ClaimCheck.Checking;
using ClaimCheck.Core;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Checking;

namespace ClaimCheck.Tests.Reporting.Json;

public class DateAndUnitJsonTests
{
    [Test]
    public void ToJson_DateValue_MinMaxAsIsoDatesAndUnitDate()
    {
        // Kyodo, 2018-10-23 (https://this.kiji.is/427412773417976929): the bridge "officially opened Tuesday" (23 October 2018).
        var claims = new[]
        {
            Make.Claim("kyodo", "opened", "hzmb.opened", value: "23 October 2018"),
            Make.Claim("efe", "opened", "hzmb.opened", value: "Oct. 23, 2018"),
        };
        var corpus = Make.Corpus([Make.Source("kyodo"), Make.Source("efe")], claims);

        var json = JsonReportWriter.ToJson(Engine.Check(corpus));

        Assert.That(Compact(json), Does.Contain("\"min\":\"2018-10-23\",\"max\":\"2018-10-23\",\"unit\":\"date\""));
    }

    [Test]
    public void ToJson_RegistryUnit_IsTheUnitOfTheFigures()
    {
        var claims = new[] { Make.Claim("scmp", "length", "hzmb.length", value: "55km"), Make.Claim("efe", "length", "hzmb.length", value: "55-kilometre") };
        var corpus = Make.Corpus([Make.Source("scmp"), Make.Source("efe")], claims, Make.Registry([Make.Definition("hzmb.length", unit: "km")]));

        var json = JsonReportWriter.ToJson(Engine.Check(corpus));

        Assert.That(Compact(json), Does.Contain("\"min\":54.5,\"max\":55.5,\"unit\":\"km\""));
    }

    private static string Compact(string json) => System.Text.RegularExpressions.Regex.Replace(json, @"\s+", "");
}
