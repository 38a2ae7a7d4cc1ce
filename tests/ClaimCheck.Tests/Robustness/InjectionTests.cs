using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Tests.Cli;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Hostile text in claim files (markup, attribute breakers, script links, a script end inside the
/// embedded JSON, template syntax) goes end to end from YAML through <c>check --json --html</c>
/// and comes out as text: never markup, never a link, never evaluated.
/// </summary>
public class InjectionTests
{
    private const string Hostile = """
        source:
          id: hostile
          title: "<script>alert('title')</script> \" onmouseover=\"alert(1)\" {{ 1234 * 2 }}"
          outlet: "</script><script>alert('outlet')</script>"
          url: "javascript:alert('url')"
          published: 2025-03-10
        claims:
          - id: c1
            subject: hostile.count
            value: "about 300 <b>companies</b>"
            quote: "</script><script>alert('quote')</script>"
            note: "{{ for x in 1..3 }}loop{{ end }} {% raw %} ' onerror='alert(2)"
          - id: c2
            subject: hostile.count
            value: "over 5,000 companies"
            quote: "<img src=x onerror=alert('img')> <a href=\"javascript:alert('a')\">link</a>"
          - id: c3
            subject: hostile.place
            value: "<svg onload=alert('svg')>"
          - id: c4
            subject: hostile.place
            value: "\u2028\u2029\u0000-free </SCRIPT >"
        """;

    private const string Benign = """
        source:
          id: hostile
          title: plain title
          outlet: plain outlet
          published: 2025-03-10
        claims:
          - id: c1
            subject: hostile.count
            value: "about 300 companies"
            quote: plain quote
            note: plain note
          - id: c2
            subject: hostile.count
            value: "over 5,000 companies"
            quote: plain quote
          - id: c3
            subject: hostile.place
            value: Wuxi
          - id: c4
            subject: hostile.place
            value: Shanghai
        """;

    private static (int Exit, string Json, string Html, string Error) Check(string yaml)
    {
        using var scratch = new Scratch();
        scratch.Write("a.yaml", yaml.Replace("\\u0000-free", "nul-free", StringComparison.Ordinal));
        var json = Path.Combine(scratch.Path, "r.json");
        var html = Path.Combine(scratch.Path, "r.html");
        var (exit, output, error) = CliRunner.Run("check", scratch.Path, "--json", json, "--html", html);
        Expect.NoStackTrace(output, error);
        return (exit, File.ReadAllText(json), File.ReadAllText(html), error);
    }

    private static int Count(string html, string pattern) => Regex.Count(html, pattern, RegexOptions.IgnoreCase);

    [Test]
    public void Check_HostileText_HtmlHasNoMarkupFromData()
    {
        var hostile = Check(Hostile).Html;
        var benign = Check(Benign).Html;

        Assert.Multiple(() =>
        {
            // The template's own script elements, and not one more.
            Assert.That(Count(hostile, "<script"), Is.EqualTo(Count(benign, "<script")));
            Assert.That(Count(hostile, "</script"), Is.EqualTo(Count(benign, "</script")));
            Assert.That(hostile, Does.Not.Contain("<svg onload").IgnoreCase.And.Not.Contain("<img src=x").IgnoreCase.And.Not.Contain("<b>companies"), "tags from data");
            Assert.That(hostile, Does.Contain("&lt;svg onload=").Or.Contain("\\u003Csvg onload="), "the value is shown, as text");
            Assert.That(hostile, Does.Not.Match("""(?i)href\s*=\s*["']?\s*javascript:"""));
            Assert.That(hostile, Does.Not.Match("""(?i)["']\s*on(mouseover|error|load)\s*="""), "an attribute was broken out of");
            Assert.That(hostile, Does.Not.Contain("2468"), "template syntax from data was evaluated");
            Assert.That(hostile, Does.Not.Contain("looploop"), "a template loop from data ran");
            Assert.That(hostile, Does.Contain("{{ 1234 * 2 }}").Or.Contain("{{ 1234 * 2 }}".Replace("{", "&#123;", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void Check_HostileText_JsonParsesAndKeepsTheTextExactly()
    {
        var (exit, json, _, error) = Check(Hostile);

        using var document = JsonDocument.Parse(json);
        var strings = Strings(document.RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2), "the javascript: url is an error");
            Assert.That(error, Does.Contain("error CC0108"));
            Assert.That(strings, Does.Contain("<script>alert('title')</script> \" onmouseover=\"alert(1)\" {{ 1234 * 2 }}"));
            Assert.That(strings, Does.Contain("</script><script>alert('quote')</script>"));
            Assert.That(Urls(document.RootElement).ToList(), Has.None.StartsWith("javascript:").IgnoreCase, "the rejected url is not carried as a url (only quoted in its diagnostic)");
            Assert.That(json, Does.Not.Contain("</script>"), "even raw, the JSON text holds no script end (it is embedded in the HTML)");
        });
    }

    private static IEnumerable<string> Urls(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Urls),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name.Equals("url", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Urls(p.Value)),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
