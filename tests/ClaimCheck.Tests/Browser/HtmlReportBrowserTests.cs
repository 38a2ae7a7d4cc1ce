using ClaimCheck.Core;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Tests.Reporting.Html;
using Microsoft.Playwright;
using NUnit.Framework;
using ClaimCheck.Reporting;

namespace ClaimCheck.Tests.Browser;

/// <summary>
/// Opens rendered reports in Debian's Chromium through Playwright, from file://, offline.
/// These tests fail (never skip) when the browser is missing.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class HtmlReportBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string Json = "{\"tool\":{\"name\":\"claimcheck\"}}";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _dir = string.Empty;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        if (!File.Exists(ChromiumPath))
        {
            Assert.Fail("Browser tests need Chromium at " + ChromiumPath + ": install Debian's chromium: apt-get install -y chromium");
        }

        _dir = Path.Combine(Path.GetTempPath(), "claimcheck-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    private sealed record Opened(IPage Page, IBrowserContext Context, List<string> Errors) : IAsyncDisposable
    {
        public async Task<string[]> CspViolationsAsync() => await Page.EvaluateAsync<string[]>("() => window.__cspViolations || []");

        public async ValueTask DisposeAsync() => await Context.CloseAsync();
    }

    private async Task<Opened> OpenAsync(CheckReport report, string json = Json, string fragment = "", ColorScheme scheme = ColorScheme.Light)
    {
        var result = HtmlReportWriter.Render(report, json);
        Assert.That(result.Html, Is.Not.Null, () => string.Join("\n", result.Diagnostics));
        var file = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".html");
        await File.WriteAllTextAsync(file, result.Html);

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                errors.Add(m.Type + ": " + m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add("page error: " + e);
        page.RequestFailed += (_, r) => errors.Add("request failed: " + r.Url);
        await page.AddInitScriptAsync("window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        await page.GotoAsync(new Uri(file).AbsoluteUri + fragment, new PageGotoOptions { Timeout = 120_000 });
        return new Opened(page, context, errors);
    }

    private static async Task<int> VisibleCardsAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => [...document.querySelectorAll('article.subject')].filter(c => c.checkVisibility()).length");

    [Test]
    public async Task Page_Opened_NoConsoleErrorsNoCspViolations()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample());

        Assert.That(await o.Page.TitleAsync(), Is.EqualTo("ClaimCheck consistency report"));
        Assert.That(o.Errors, Is.Empty);
        Assert.That(await o.CspViolationsAsync(), Is.Empty);
        Assert.That(await o.Page.EvaluateAsync<bool>("() => JSON.parse(document.getElementById('claimcheck-data').textContent).tool.name === 'claimcheck'"), Is.True);
    }

    [Test]
    public async Task Page_CspMeta_BlocksForeignInlineScript()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample());

        await o.Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.body.appendChild(s); }");

        Assert.That(await o.Page.EvaluateAsync<bool>("() => window.__injected === undefined"), Is.True);
        Assert.That(await o.CspViolationsAsync(), Is.Not.Empty);
    }

    [Test]
    public async Task VerdictFilter_Conflict_ShowsOnlyConflictCards()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample());

        await o.Page.SelectOptionAsync("#f-verdict", "conflict");

        Assert.That(await VisibleCardsAsync(o.Page), Is.EqualTo(1));
        Assert.That(await o.Page.IsVisibleAsync("[id='smic.leading-node']"), Is.True);
        Assert.That(await o.Page.IsVisibleAsync("[id='shanghai.startups']"), Is.False);
        Assert.That(await o.Page.TextContentAsync("#f-count"), Is.EqualTo("1 of 4 subjects shown"));

        await o.Page.SelectOptionAsync("#f-verdict", "");
        Assert.That(await o.Page.IsVisibleAsync("[id='shanghai.startups']"), Is.True);
        Assert.That(o.Errors, Is.Empty);
    }

    [Test]
    public async Task SourceFilter_OneSource_ShowsItsSubjectsIncludingCollapsed()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample());

        await o.Page.SelectOptionAsync("#f-source", "zhangjiang-commute");
        Assert.That(await VisibleCardsAsync(o.Page), Is.EqualTo(4));

        await o.Page.SelectOptionAsync("#f-source", "silicon-dragon");
        Assert.That(await VisibleCardsAsync(o.Page), Is.EqualTo(3));
        Assert.That(await o.Page.IsVisibleAsync("[id='shanghai.metro-lines']"), Is.False);
    }

    [Test]
    public async Task Search_Text_HidesCardsThatDoNotMatch()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample());

        await o.Page.FillAsync("#f-search", "PUDONG");
        await o.Page.WaitForFunctionAsync("() => document.getElementById('f-count').textContent !== ''");

        Assert.That(await VisibleCardsAsync(o.Page), Is.EqualTo(1));
        Assert.That(await o.Page.IsVisibleAsync("[id='smic.fab.location']"), Is.True, "a match inside a collapsed section is revealed");

        await o.Page.FillAsync("#f-search", "");
        await o.Page.WaitForFunctionAsync("() => document.getElementById('f-count').textContent === ''");
        Assert.That(await o.Page.IsVisibleAsync("[id='smic.leading-node']"), Is.True);
    }

    [Test]
    public async Task Anchor_SubjectKeyFragment_TargetsCardAndOpensItsSection()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample(), fragment: "#shanghai.metro-lines");

        Assert.That(await o.Page.EvaluateAsync<string>("() => document.getElementById('smic.leading-node').tagName"), Is.EqualTo("ARTICLE"));
        Assert.That(await o.Page.IsVisibleAsync("[id='shanghai.metro-lines']"), Is.True);
        Assert.That(o.Errors, Is.Empty);
    }

    [Test]
    public async Task HostileClaimData_NeverRunsScript()
    {
        var report = ReportBuilder.Sample(
            quote: "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>{{ 1 }}",
            title: "\"><svg onload=\"window.__pwned=1\">",
            url: "javascript:window.__pwned=1");
        const string json = "{\"q\":\"</script><script>window.__pwned=1</script><!--\"}";

        await using var o = await OpenAsync(report, json);
        await o.Page.ClickAsync("text=\"><svg onload=\"window.__pwned=1\">", new PageClickOptions { Timeout = 5_000 }).ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.That(await o.Page.EvaluateAsync<bool>("() => window.__pwned === undefined"), Is.True);
        Assert.That(await o.Page.Locator("blockquote").First.TextContentAsync(), Does.StartWith("<img src=x onerror="));
        Assert.That(await o.Page.EvaluateAsync<string>("() => JSON.parse(document.getElementById('claimcheck-data').textContent).q"), Does.StartWith("</script>"));
        Assert.That(await o.CspViolationsAsync(), Is.Empty, "nothing even tried to run");
    }

    [Test]
    public async Task DarkMode_PreferredScheme_UsesDarkBackground()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample(), scheme: ColorScheme.Dark);

        Assert.That(await o.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"), Is.EqualTo("rgb(18, 20, 23)"));
        await o.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "claimcheck-report-dark.png"), FullPage = true });
    }

    [Test]
    public async Task Screenshot_LightMode_Written()
    {
        await using var o = await OpenAsync(ReportBuilder.Sample());
        var path = Path.Combine(Path.GetTempPath(), "claimcheck-report-light.png");

        await o.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.That(new FileInfo(path).Length, Is.GreaterThan(10_000));
    }

    [Test]
    public async Task LargeReport_TwoHundredThousandClaims_Loads()
    {
        var report = ReportBuilder.Large(200_000);

        await using var o = await OpenAsync(report, "{\"claims\":200000}");

        var cards = await o.Page.EvaluateAsync<int>("() => document.querySelectorAll('article.subject').length");
        Assert.That(cards, Is.EqualTo(1200)); // the page's budget, all of it conflicts (there are 10,000)
        await o.Page.SelectOptionAsync("#f-verdict", "conflict");
        Assert.That(await VisibleCardsAsync(o.Page), Is.EqualTo(1200));
        Assert.That(await o.Page.IsVisibleAsync("#left-out"), Is.True, "the page says what it leaves out");
        await o.Page.SelectOptionAsync("#f-verdict", "tension");
        Assert.That(await o.Page.IsVisibleAsync("#f-none"), Is.True, "no tension card made it: said, not a blank page");
        Assert.That(o.Errors, Is.Empty);
        Assert.That(await o.CspViolationsAsync(), Is.Empty);
    }
}
